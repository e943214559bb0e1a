import 'server-only';
import { createTtlCache, type TtlCache } from '@/lib/catalog/ttl-cache';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield, type Country, type EsimPackage } from '@/lib/linksfield';

/** The catalog changes rarely: a minute of caching spares the provider one call per page view. */
const CATALOG_TTL_MS = 60_000;
/** When the provider is down, the last good catalog is shown (and said to be old) for up to a day. */
const CATALOG_STALE_MS = 24 * 60 * 60_000;

type Caches = { countries: TtlCache<Country[]>; packages: TtlCache<EsimPackage[]> };
const GLOBAL_KEY = Symbol.for('esim-qr-mall.catalog');

/**
 * One cache per process, kept on `globalThis`: Next loads this module once per bundle (pages, route
 * handlers), and a staff route must expire the copy the pages serve.
 */
function caches(): Caches {
  const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Caches };
  holder[GLOBAL_KEY] ??= {
    countries: createTtlCache<Country[]>(CATALOG_TTL_MS, { staleMs: CATALOG_STALE_MS }),
    packages: createTtlCache<EsimPackage[]>(CATALOG_TTL_MS, { staleMs: CATALOG_STALE_MS }),
  };
  return holder[GLOBAL_KEY];
}

/** Whether the destinations or a country's packages are an old copy because the provider failed. */
export function isCatalogStale(locale: Locale, mcc?: number): boolean {
  return mcc === undefined ? caches().countries.isStale(locale) : caches().packages.isStale(`${locale}:${mcc}`);
}

export function getCountries(locale: Locale): Promise<Country[]> {
  return caches().countries.get(locale, () => getLinksfield().listCountries(locale));
}

export function getCountryPackages(mcc: number, locale: Locale): Promise<EsimPackage[]> {
  return caches().packages.get(`${locale}:${mcc}`, () => getLinksfield().listPackages(mcc, locale));
}

/** Staff, after changing the catalog or a scenario: the next page view asks the provider again. */
export function expireCatalog(): void {
  caches().countries.expire();
  caches().packages.expire();
}

/** The package page and the order action read the detail fresh: the price charged must be current. */
export function getPackageDetail(id: number, locale: Locale): Promise<EsimPackage> {
  return getLinksfield().getPackage(id, locale);
}
