import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CatalogUnavailable } from '@/components/catalog/catalog-unavailable';
import { OrderForm, type OrderFormPackage } from '@/components/order/order-form';
import { orderFormLabels } from '@/components/order/order-form-labels';
import { PackageFacts } from '@/components/packages/package-facts';
import { findPackage } from '@/lib/catalog/package-detail';
import { getPreferences } from '@/lib/catalog/preferences';
import { unlessProviderFails } from '@/lib/catalog/provider-failure';
import { pickPrice } from '@/lib/currency-preference';
import { getEnv } from '@/lib/env';
import { newIdempotencyKey } from '@/lib/store/order-store';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await getPreferences();
  const pkg = await unlessProviderFails(findPackage((await params).id, locale));
  return { title: pkg?.name };
}

export default async function PackagePage({ params }: Props) {
  const preferences = await getPreferences();
  const { id } = await params;
  const pkg = await unlessProviderFails(findPackage(id, preferences.locale));
  if (pkg === null) return <CatalogUnavailable retryHref={`/packages/${id}`} />;
  if (!pkg) notFound();
  const t = await getTranslations('packagePage');
  const initialPrice = pickPrice(pkg.prices, preferences.currency, preferences.locale);
  const { maxQuantity } = getEnv();
  const formPackage: OrderFormPackage = {
    id: pkg.id,
    code: pkg.code,
    periodLength: pkg.periodLength,
    minPeriods: pkg.minPeriods,
    maxPeriods: pkg.maxPeriods,
    prices: pkg.prices,
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <div className="space-y-5">
        <h1 className="text-2xl font-bold sm:text-3xl">{pkg.name}</h1>
        {pkg.shortDescription ? <p className="text-lg text-slate-700">{pkg.shortDescription}</p> : null}
        <PackageFacts pkg={pkg} locale={preferences.locale} />
        {pkg.description ? (
          <section aria-labelledby="about" className="space-y-2">
            <h2 id="about" className="text-lg font-semibold">
              {t('description')}
            </h2>
            <p className="whitespace-pre-line text-slate-800">{pkg.description}</p>
          </section>
        ) : null}
      </div>
      <section aria-labelledby="order" className="space-y-3">
        <h2 id="order" className="text-lg font-semibold">
          {t('order')}
        </h2>
        <OrderForm
          pkg={formPackage}
          initialCurrency={initialPrice?.currency ?? ''}
          maxQuantity={maxQuantity}
          locale={preferences.locale}
          labels={await orderFormLabels(formPackage, maxQuantity, preferences.locale)}
          labelledBy="order"
          idempotencyKey={newIdempotencyKey()}
        />
      </section>
    </div>
  );
}
