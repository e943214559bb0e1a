import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PackageCard } from '@/components/packages/package-card';
import { PackageFilters } from '@/components/packages/package-filters';
import { CatalogUnavailable } from '@/components/catalog/catalog-unavailable';
import { StaleNotice } from '@/components/catalog/stale-notice';
import { FlagImage } from '@/components/flags/flag-image';
import { getCountries, getCountryPackages, isCatalogStale } from '@/lib/catalog';
import { applyPackageQuery, dataKey, pageHref, pageOf, type PackageQuery } from '@/lib/catalog/package-query';
import { toPackageViews } from '@/lib/catalog/package-view';
import type { ShopPreferences } from '@/lib/catalog/preferences';
import { unlessProviderFails } from '@/lib/catalog/provider-failure';
import { flagImageSrc } from '@/lib/flags/flag-image';
import { countryAddress, homeAddress } from '@/lib/i18n/addresses';
import type { Locale } from '@/lib/i18n/locales';

/** Filters appear only where there are enough packages to need them. */
const FILTER_THRESHOLD = 6;

/** The country, undefined when it is not on sale, null when the provider failed to say. */
export async function findCountry(mccText: string, locale: Locale) {
  if (!/^\d{3}$/.test(mccText)) return undefined;
  const countries = await unlessProviderFails(getCountries(locale));
  return countries && countries.find((country) => country.mcc === Number(mccText));
}

/**
 * A country's packages, for the cached first page (default sort, no filter) and for the views with a
 * query, rendered per request.
 */
export async function CountryContent({ mcc, preferences, query }: { mcc: string; preferences: ShopPreferences; query: PackageQuery }) {
  const country = await findCountry(mcc, preferences.locale);
  if (country === undefined) notFound();
  const [t, packages] = await Promise.all([
    getTranslations('country'),
    country && unlessProviderFails(getCountryPackages(country.mcc, preferences.locale)),
  ]);
  if (!country || !packages) {
    return (
      <div className="space-y-5">
        <a href={homeAddress(preferences.locale)} className="text-sm text-brand-700 underline underline-offset-4">
          ← {t('back')}
        </a>
        <CatalogUnavailable retryHref={countryAddress(preferences.locale, mcc)} />
      </div>
    );
  }
  const views = await toPackageViews(packages, preferences);
  const shown = applyPackageQuery(views, query);
  const page = pageOf(shown, query.page);
  const path = countryAddress(preferences.locale, String(country.mcc));

  const uniqueOptions = (pairs: [string, string, number][]) =>
    [...new Map(pairs.map(([value, label, rank]) => [value, { value, label, rank }])).values()]
      .sort((a, b) => a.rank - b.rank)
      .map(({ value, label }) => ({ value, label }));
  const dataOptions = uniqueOptions(
    views.map((v) => [dataKey(v.dataMb), v.dataLabel, v.dataMb ?? Number.MAX_SAFE_INTEGER]),
  );
  const validityOptions = uniqueOptions(views.map((v) => [String(v.periodLength), v.validityLabel, v.periodLength]));

  return (
    <div className="space-y-5">
      <a href={homeAddress(preferences.locale)} className="text-sm text-brand-700 underline underline-offset-4">
        ← {t('back')}
      </a>
      <div className="flex items-center gap-3">
        <FlagImage src={flagImageSrc(country.iso2)} className="size-10" eager />
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title', { country: country.name })}</h1>
      </div>
      <StaleNotice stale={isCatalogStale(preferences.locale, country.mcc)} />
      <PackageFilters
        query={query}
        dataOptions={dataOptions}
        validityOptions={validityOptions}
        showFilters={views.length > FILTER_THRESHOLD}
      />
      <p className="text-sm text-slate-700" role="status">
        {t('count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="rounded-lg bg-white p-4">
          {views.length === 0 ? t('unknownCountry') : t('empty')}{' '}
          {views.length > 0 ? (
            <a href={path} className="text-brand-700 underline underline-offset-4">
              {t('clearFilters')}
            </a>
          ) : null}
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {page.items.map((pkg) => (
            <li key={pkg.id}>
              <PackageCard pkg={pkg} />
            </li>
          ))}
        </ul>
      )}
      {page.pages > 1 ? (
        <nav aria-label={t('pagesLabel')} className="flex flex-wrap items-center justify-between gap-3">
          {page.page > 1 ? (
            <a href={pageHref(path, query, page.page - 1)} className="text-brand-700 underline underline-offset-4">
              ← {t('previous')}
            </a>
          ) : (
            <span />
          )}
          <p className="text-sm text-slate-700">{t('page', { page: page.page, pages: page.pages })}</p>
          {page.page < page.pages ? (
            <a href={pageHref(path, query, page.page + 1)} className="text-brand-700 underline underline-offset-4">
              {t('next')} →
            </a>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
