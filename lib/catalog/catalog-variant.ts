import { NO_CURRENCY_CHOSEN } from '@/lib/catalog/cached-routes.mjs';
import type { ShopPreferences } from '@/lib/catalog/preferences';
import { isCurrencyCode } from '@/lib/currency-preference';
import { isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The language and currency a cached catalog page is rendered for, from its address
 * (`/catalog/[locale]/[currency]/…`, reached by the rewrites in `next.config.mjs`); undefined for
 * an address no rewrite produces.
 */
export function catalogPreferences(params: { locale: string; currency: string }): ShopPreferences | undefined {
  if (!isLocale(params.locale)) return undefined;
  const locale: Locale = params.locale;
  if (params.currency === NO_CURRENCY_CHOSEN) return { locale, currency: undefined };
  return isCurrencyCode(params.currency) ? { locale, currency: params.currency } : undefined;
}
