'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { inLanguage } from '@/lib/i18n/addresses';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Remembers the chosen language; an unknown value is ignored. A catalog page has an address per
 * language: the browser goes to the same page's address in the new one. Other pages (an order, the
 * staff console) have one address and come back in the new language by themselves.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax' });
  const page = await samePageAddress();
  const sameInNew = page && inLanguage(`${page.pathname}${page.search}`, locale);
  if (sameInNew) redirect(sameInNew);
}

/**
 * The address of the page the form was sent from, when the browser said it and it is this shop's:
 * the Referer's origin is the request's Origin (the Host header is not compared: after the proxy
 * rewrites a request, Next may pass it on under another host name).
 */
async function samePageAddress(): Promise<URL | undefined> {
  const list = await headers();
  const referer = list.get('referer');
  const origin = list.get('origin');
  if (!referer || !origin) return undefined;
  try {
    const url = new URL(referer);
    return url.origin === origin ? url : undefined;
  } catch {
    return undefined;
  }
}
