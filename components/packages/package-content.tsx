import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CatalogUnavailable } from '@/components/catalog/catalog-unavailable';
import { OrderForm } from '@/components/order/order-form';
import type { OrderFormPackage } from '@/components/order/order-form-state';
import { orderFormLabels } from '@/components/order/order-form-labels';
import { EsimCompatibility } from '@/components/packages/esim-compatibility';
import { PackageFacts } from '@/components/packages/package-facts';
import { ProductJsonLd } from '@/components/packages/product-json-ld';
import { OpenGraphProductType } from '@/components/seo/open-graph-product-type';
import { findPackage } from '@/lib/catalog/package-detail';
import type { ShopPreferences } from '@/lib/catalog/preferences';
import { unlessProviderFails } from '@/lib/catalog/provider-failure';
import { pickPrice } from '@/lib/currency-preference';
import { getEnv } from '@/lib/env';
import { packageAddress } from '@/lib/i18n/addresses';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The retry after the provider failed: `?retry` is rendered per request and reads the provider
 * afresh, where the cached copy would show the failure until it is rendered again (up to a minute).
 */
export const packageRetryHref = (locale: Locale, id: string) => `${packageAddress(locale, id)}?retry=1`;

/**
 * A package and its order form, for the cached copy (`app/(catalog)`) and for the views rendered per
 * request. Nothing in it belongs to one visitor: the order form's key is minted in the browser.
 */
export async function PackageContent({ id, preferences }: { id: string; preferences: ShopPreferences }) {
  const pkg = await unlessProviderFails(findPackage(id, preferences.locale));
  if (pkg === null) return <CatalogUnavailable retryHref={packageRetryHref(preferences.locale, id)} />;
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
      <OpenGraphProductType />
      <ProductJsonLd pkg={pkg} price={initialPrice} />
      <div className="space-y-5">
        <h1 className="text-2xl font-bold sm:text-3xl">{pkg.name}</h1>
        {pkg.shortDescription ? <p className="text-lg text-slate-700">{pkg.shortDescription}</p> : null}
        <PackageFacts pkg={pkg} locale={preferences.locale} />
        <EsimCompatibility />
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
        />
      </section>
    </div>
  );
}
