'use client';

import { useSyncExternalStore } from 'react';
import { defaultLocale, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from '@/lib/i18n/locales';
import en from '@/messages/en/shop.json';
import zhCN from '@/messages/zh-CN/shop.json';
import zhHK from '@/messages/zh-HK/shop.json';
import './globals.css';

/** Only this page's words: the root layout (and its messages) failed, so they are bundled here. */
const WORDS: Record<Locale, typeof en.errorPage> = { en: en.errorPage, 'zh-CN': zhCN.errorPage, 'zh-HK': zhHK.errorPage };

const noSubscription = () => () => {};

/** The customer's chosen language (cookie), else the browser's, as the server would have picked. */
function browserLocale(): Locale {
  const chosen = document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return isLocale(chosen) ? chosen : negotiateLocale(navigator.languages.join(','));
}

/** Replaces the root layout when it fails itself, so it brings its own <html> with the right lang. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => defaultLocale);
  const t = WORDS[locale];
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <main role="alert" className="mx-auto max-w-xl space-y-4 px-4 py-10 text-center">
          <h1 className="text-2xl font-bold">{t.title}</h1>
          <p className="text-slate-700">{t.body}</p>
          <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
