import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, LOCALE_COOKIE, PATH_LOCALE_HEADER, resolveLocaleFrom, type Locale } from '@/lib/i18n/locales';
import { messagesByLocale } from '@/lib/i18n/messages';
import { getMessageFallback, onError } from '@/lib/i18n/missing-message';

/**
 * The shop's locale: the address's language on a catalog page, else the customer's choice (cookie),
 * then the browser's Accept-Language.
 */
export async function resolveLocale(): Promise<Locale> {
  const requestHeaders = await headers();
  const ofAddress = requestHeaders.get(PATH_LOCALE_HEADER);
  if (isLocale(ofAddress)) return ofAddress;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return resolveLocaleFrom(chosen, isLocale(chosen) ? null : requestHeaders.get('accept-language'));
}

export default getRequestConfig(async ({ requestLocale }) => {
  // The cached catalog pages set their locale from the address (`setRequestLocale`), and must not
  // read the request; every other page reads the cookie or Accept-Language.
  const given = await requestLocale;
  const locale = isLocale(given) ? given : await resolveLocale();
  // Times are formatted in the browser's own zone by the components that show them.
  return { locale, messages: messagesByLocale[locale], timeZone: 'UTC', onError, getMessageFallback };
});
