'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('body')}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        {t('retry')}
      </button>
    </div>
  );
}
