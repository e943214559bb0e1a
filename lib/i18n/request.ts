import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from '@/lib/i18n/locales';
import { messagesByLocale } from '@/lib/i18n/messages';
import { getMessageFallback, onError } from '@/lib/i18n/missing-message';

/** The shop's locale: the customer's choice (cookie) first, then the browser's Accept-Language. */
export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get('accept-language'));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  // Times are formatted in the browser's own zone by the components that show them.
  return { locale, messages: messagesByLocale[locale], timeZone: 'UTC', onError, getMessageFallback };
});
