import type { Locale } from '@/lib/i18n/locales';

export const CURRENCY_COOKIE = 'currency';

const LOCALE_CURRENCY: Record<Locale, string> = { en: 'USD', 'zh-CN': 'CNY', 'zh-HK': 'HKD' };

/** Currencies in the order the shop prefers them: the customer's last choice, the locale's, then USD. */
export function currencyOrder(preferred: string | undefined, locale: Locale): string[] {
  return [...new Set([preferred, LOCALE_CURRENCY[locale], 'USD'].filter((c): c is string => Boolean(c)))];
}

type Priced = { currency: string };

/** The price to show: the first offered in `currencyOrder`, else whatever the package offers first. */
export function pickPrice<P extends Priced>(prices: readonly P[], preferred: string | undefined, locale: Locale): P | undefined {
  for (const currency of currencyOrder(preferred, locale)) {
    const match = prices.find((price) => price.currency === currency);
    if (match) return match;
  }
  return prices[0];
}

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}
