import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PackageView } from '@/lib/catalog/package-view';

export async function PackageCard({ pkg }: { pkg: PackageView }) {
  const t = await getTranslations();
  return (
    <article className="flex h-full flex-col justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="space-y-1">
        <h2 className="text-base font-semibold">{pkg.name}</h2>
        {pkg.shortDescription ? <p className="text-sm text-slate-600">{pkg.shortDescription}</p> : null}
      </div>
      <dl className="grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-slate-600">{t('packageCard.data')}</dt>
          <dd className="font-semibold">{pkg.dataLabel}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('packageCard.validity')}</dt>
          <dd className="font-semibold">{pkg.validityLabel}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t('packageCard.price')}</dt>
          <dd className="font-semibold">{pkg.priceLabel ?? t('common.noPrice')}</dd>
        </div>
      </dl>
      <Link
        href={`/packages/${pkg.id}`}
        // A page of cards would each fetch their package as the list loads.
        prefetch={false}
        aria-label={t('packageCard.view', { name: pkg.name })}
        className="inline-flex min-h-10 items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        {t('packagePage.order')}
      </Link>
    </article>
  );
}
