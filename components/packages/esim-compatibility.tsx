import { getTranslations } from 'next-intl/server';

/** "Will this eSIM work on my phone?": a check the customer can run before buying, as plain text in a disclosure. */
export async function EsimCompatibility() {
  const t = await getTranslations('packagePage.compatibility');
  return (
    <details className="group rounded-lg border border-slate-200 bg-white p-4" data-testid="esim-compatibility">
      <summary className="min-h-6 cursor-pointer font-semibold text-brand-700 underline-offset-2 hover:underline">{t('title')}</summary>
      <div className="mt-3 space-y-2 text-slate-800">
        <p>{t('intro')}</p>
        <ul className="list-disc space-y-2 pl-5">
          <li>{t('iphone')}</li>
          <li>{t('android')}</li>
        </ul>
        <p>{t('models')}</p>
        <p className="font-medium">{t('unlocked')}</p>
      </div>
    </details>
  );
}
