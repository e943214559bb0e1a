'use client';

import { useMessages } from 'next-intl';
import { missingMessageText } from '@/lib/i18n/missing-message';

type ErrorText = 'title' | 'body' | 'retry';

/**
 * The error page's texts are plain, so they are read from the messages as they are: with
 * `useTranslations` here, every page would load and run the ICU message formatter (about 40 kB)
 * just for this fallback.
 */
function useErrorTexts(): (key: ErrorText) => string {
  const page = useMessages().errorPage;
  return (key) => {
    const text = typeof page === 'object' && page !== null ? (page as Record<string, unknown>)[key] : undefined;
    return typeof text === 'string' ? text : missingMessageText('errorPage', key);
  };
}

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
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
