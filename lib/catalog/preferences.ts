import 'server-only';
import { cookies } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { CURRENCY_COOKIE, isCurrencyCode } from '@/lib/currency-preference';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';

export type ShopPreferences = { locale: Locale; currency: string | undefined };

/** The request's language and the customer's last chosen currency (cookie). */
export async function getPreferences(): Promise<ShopPreferences> {
  const locale = await getLocale();
  const currency = (await cookies()).get(CURRENCY_COOKIE)?.value;
  return { locale: isLocale(locale) ? locale : defaultLocale, currency: isCurrencyCode(currency) ? currency : undefined };
}
