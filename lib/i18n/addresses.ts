import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * The catalog's public addresses, the language first (`/zh-HK/countries/440`): each language's page
 * has an address of its own for search engines and shared links. The currency is not in the address:
 * it is the visitor's, kept in a cookie. `lib/catalog/cached-routes.mjs` serves these addresses.
 */
export const homeAddress = (locale: Locale) => `/${locale}`;
export const countryAddress = (locale: Locale, mcc: string) => `/${locale}/countries/${mcc}`;
export const packageAddress = (locale: Locale, id: string | number) => `/${locale}/packages/${id}`;

const LANGUAGE_PREFIX = new RegExp(`^/(${locales.join('|')})(?=/|$)`);

/**
 * The same page in another language: `/en/countries/440?sort=price-asc` → `/zh-HK/countries/440?sort=price-asc`,
 * or undefined for a page whose address holds no language (an order, the staff console).
 */
export function inLanguage(address: string, locale: Locale): string | undefined {
  return LANGUAGE_PREFIX.test(address) ? address.replace(LANGUAGE_PREFIX, `/${locale}`) : undefined;
}
