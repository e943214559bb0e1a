import 'server-only';
import { getTranslations } from 'next-intl/server';
import { oncePerCatalogCopy } from '@/lib/catalog/per-catalog-copy';
import type { ShopPreferences } from '@/lib/catalog/preferences';
import { pickPrice } from '@/lib/currency-preference';
import { formatDataVolume } from '@/lib/data-volume';
import type { EsimPackage } from '@/lib/linksfield';
import { formatMoney } from '@/lib/money';

/** A package as a list shows it: words formatted for the customer's language and currency. */
export type PackageView = {
  id: number;
  name: string;
  shortDescription: string;
  dataMb: number | null;
  dataLabel: string;
  periodLength: number;
  validityLabel: string;
  priceMinor: number | null;
  priceLabel: string | null;
};

async function buildViews(packages: EsimPackage[], { locale, currency }: ShopPreferences): Promise<PackageView[]> {
  const t = await getTranslations({ locale, namespace: 'common' });
  return packages.map((pkg) => {
    const price = pickPrice(pkg.prices, currency, locale);
    return {
      id: pkg.id,
      name: pkg.name,
      shortDescription: pkg.shortDescription,
      dataMb: pkg.dataMb,
      dataLabel: pkg.dataMb === null ? t('unlimited') : formatDataVolume(pkg.dataMb, locale),
      periodLength: pkg.periodLength,
      validityLabel: t('validity', { length: pkg.periodLength }),
      priceMinor: price?.amountMinor ?? null,
      priceLabel: price ? formatMoney(price.amountMinor, price.currency, price.digits, locale) : null,
    };
  });
}

/** Built once per language and currency for each copy of a country's list (`oncePerCatalogCopy`). */
export const toPackageViews: (packages: EsimPackage[], preferences: ShopPreferences) => Promise<PackageView[]> =
  oncePerCatalogCopy(buildViews);
