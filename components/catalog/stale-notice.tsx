import { getTranslations } from 'next-intl/server';

/** Said whenever a page shows the last good catalog because the provider is not answering. */
export async function StaleNotice({ stale }: { stale: boolean }) {
  if (!stale) return null;
  const t = await getTranslations('common');
  return (
    <p role="status" data-testid="stale-catalog" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {t('staleCatalog')}
    </p>
  );
}
