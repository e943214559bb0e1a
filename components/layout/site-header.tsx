import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SignalIcon } from '@/components/layout/header-icons';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { homeAddress } from '@/lib/i18n/addresses';
import type { Locale } from '@/lib/i18n/locales';

/** `account`: the sign-in or My eSIMs links, rendered by the server or filled in by the browser. */
export async function SiteHeader({ locale, account }: { locale: Locale; account: ReactNode }) {
  const t = await getTranslations('header');
  return (
    <header className="border-b border-slate-200 bg-white md:sticky md:top-0 md:z-40">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        {/* Header links on every page would each make the server render their page for a prefetch. */}
        <Link href={homeAddress(locale)} prefetch={false} className="text-lg font-bold text-brand-700 hover:text-brand-800">
          <SignalIcon />{' '}
          {t('brand')}
        </Link>
        <nav aria-label={t('home')} className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link href={homeAddress(locale)} prefetch={false} className="inline-flex min-h-6 items-center text-sm font-medium text-slate-700 underline-offset-4 hover:underline">
            {t('home')}
          </Link>
          {account}
          <LanguageSwitch current={locale} />
        </nav>
      </div>
    </header>
  );
}
