import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** In place of a catalog page the provider could not serve (and no copy is kept): say so, offer to retry. */
export async function CatalogUnavailable({ retryHref }: { retryHref: string }) {
  const t = await getTranslations('common');
  return (
    <div role="alert" data-testid="catalog-unavailable" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
      <p>{t('catalogUnavailable')}</p>
      <Link
        href={retryHref}
        className="inline-flex min-h-10 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
      >
        {t('tryAgain')}
      </Link>
    </div>
  );
}
