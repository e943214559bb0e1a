import 'server-only';
import { getLocale } from 'next-intl/server';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';

/** The locale the page is rendered in, narrowed to the shop's own. */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}
