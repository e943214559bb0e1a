import 'server-only';
import { regionName } from '@/lib/catalog/region-name';
import { createTtlCache } from '@/lib/catalog/ttl-cache';
import { providerLanguage, providerSpeaks, type Locale } from '@/lib/i18n/locales';
import { getLinksfield, type Country, type EsimPackage } from '@/lib/linksfield';

/** The catalog changes rarely: a minute of caching spares the provider one call per page view. */
const CATALOG_TTL_MS = 60_000;
/** When the provider is down, the last good catalog is shown (and said to be old) for up to a day. */
const CATALOG_STALE_MS = 24 * 60 * 60_000;

const countries = createTtlCache<Country[]>(CATALOG_TTL_MS, { staleMs: CATALOG_STALE_MS });
const packages = createTtlCache<EsimPackage[]>(CATALOG_TTL_MS, { staleMs: CATALOG_STALE_MS });

/** Copies are kept per language the provider answers in: English and Hong Kong share one. */
const cacheKey = (locale: Locale) => providerLanguage(locale);

/** Whether the destinations or a country's packages are an old copy because the provider failed. */
export function isCatalogStale(locale: Locale, mcc?: number): boolean {
  return mcc === undefined ? countries.isStale(cacheKey(locale)) : packages.isStale(`${cacheKey(locale)}:${mcc}`);
}

/**
 * Countries on sale, named in the locale's language: the provider's own names where it speaks the
 * language, else the ISO code's name from Intl (Traditional Chinese for Hong Kong).
 */
export async function getCountries(locale: Locale): Promise<Country[]> {
  const list = await countries.get(cacheKey(locale), () => getLinksfield().listCountries(locale));
  if (providerSpeaks(locale)) return list;
  return list.map((country) => ({ ...country, name: regionName(country.iso2, locale) ?? country.name }));
}

export function getCountryPackages(mcc: number, locale: Locale): Promise<EsimPackage[]> {
  return packages.get(`${cacheKey(locale)}:${mcc}`, () => getLinksfield().listPackages(mcc, locale));
}

/** The package page and the order action read the detail fresh: the price charged must be current. */
export function getPackageDetail(id: number, locale: Locale): Promise<EsimPackage> {
  return getLinksfield().getPackage(id, locale);
}
