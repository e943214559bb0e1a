import 'server-only';
import { regionName } from '@/lib/catalog/region-name';
import { createTtlCache, type TtlCache } from '@/lib/catalog/ttl-cache';
import { providerLanguage, providerSpeaks, type Locale } from '@/lib/i18n/locales';
import { getLinksfield, type Country, type EsimPackage } from '@/lib/linksfield';
import { onePerProcess } from '@/lib/one-per-process';
import { createInFlight, type InFlight } from '@/lib/share-in-flight';

/**
 * The catalog changes rarely, and staff refresh it on demand after a change at the provider
 * (`POST /api/staff/catalog-refresh`): five minutes of caching spare the provider a call per page view.
 */
const CATALOG_TTL_MS = 5 * 60_000;
/** For half an hour after that, pages get the cached copy at once while it is refreshed in the background. */
const CATALOG_REVALIDATE_MS = 30 * 60_000;
/** How old a package detail may be for the order action to pre-order from it instead of asking again. */
const ORDER_DETAIL_MAX_AGE_MS = 60_000;
/** When the provider is down, the last good catalog is shown (and said to be old) for up to a day. */
const CATALOG_STALE_MS = 24 * 60 * 60_000;

type Caches = {
  countries: TtlCache<Country[]>;
  packages: TtlCache<EsimPackage[]>;
  /** Package details as the package page last read them, for the order action (see recentPackageDetail). */
  recentDetails: Map<string, { detail: EsimPackage; at: number }>;
  /** Detail reads running now: views of the same package that arrive meanwhile share the answer. */
  detailReads: InFlight<EsimPackage>;
};
/** One cache per process: a staff route must expire the copy the pages serve (another bundle). */
function caches(): Caches {
  return onePerProcess('catalog', (): Caches => {
    const options = { revalidateMs: CATALOG_REVALIDATE_MS, staleMs: CATALOG_STALE_MS };
    return {
      countries: createTtlCache<Country[]>(CATALOG_TTL_MS, options),
      packages: createTtlCache<EsimPackage[]>(CATALOG_TTL_MS, options),
      recentDetails: new Map(),
      detailReads: createInFlight<EsimPackage>(),
    };
  });
}

/** Copies are kept per language the provider answers in: English and Hong Kong share one. */
const cacheKey = (locale: Locale) => providerLanguage(locale);

/** Whether the destinations or a country's packages are an old copy because the provider failed. */
export function isCatalogStale(locale: Locale, mcc?: number): boolean {
  return mcc === undefined ? caches().countries.isStale(cacheKey(locale)) : caches().packages.isStale(`${cacheKey(locale)}:${mcc}`);
}

/** Intl's names for a provider list, made once per copy: pages reuse what was built from it. */
const renamed = new WeakMap<Country[], Map<Locale, Country[]>>();

/**
 * Countries on sale, named in the locale's language: the provider's own names where it speaks the
 * language, else the ISO code's name from Intl (Traditional Chinese for Hong Kong).
 */
export async function getCountries(locale: Locale): Promise<Country[]> {
  const list = await caches().countries.get(cacheKey(locale), () => getLinksfield().listCountries(locale));
  if (providerSpeaks(locale)) return list;
  let byLocale = renamed.get(list);
  if (!byLocale) renamed.set(list, (byLocale = new Map()));
  let named = byLocale.get(locale);
  if (!named) {
    named = list.map((country) => ({ ...country, name: regionName(country.iso2, locale) ?? country.name }));
    byLocale.set(locale, named);
  }
  return named;
}

export function getCountryPackages(mcc: number, locale: Locale): Promise<EsimPackage[]> {
  return caches().packages.get(`${cacheKey(locale)}:${mcc}`, () => getLinksfield().listPackages(mcc, locale));
}

/**
 * The package page reads the detail fresh, so the price shown is current and a provider failure is
 * said on the page; the copy is kept for the order action that follows. Views that arrive while a
 * read of the same package is running share it (a popular package under load costs one call per
 * provider round trip, not one per view).
 */
export function getPackageDetail(id: number, locale: Locale): Promise<EsimPackage> {
  const key = `${cacheKey(locale)}:${id}`;
  return caches().detailReads(key, async () => {
    const detail = await getLinksfield().getPackage(id, locale);
    caches().recentDetails.set(key, { detail, at: Date.now() });
    return detail;
  });
}

/**
 * The package as read from the provider within the last minute (typically for the page the customer
 * ordered from), or undefined. The order action may pre-order from it: the provider checks the
 * money it is sent and answers the amount the shop charges, and a refusal sends the action back
 * to the provider for a fresh read.
 */
export function recentPackageDetail(id: number, locale: Locale): EsimPackage | undefined {
  const recent = caches().recentDetails.get(`${cacheKey(locale)}:${id}`);
  return recent && Date.now() - recent.at < ORDER_DETAIL_MAX_AGE_MS ? recent.detail : undefined;
}

/** On-demand refresh (staff): every page loads the catalog from the provider again on its next view. */
export function refreshCatalog(): void {
  // Expired, not dropped: if the provider fails on the refresh, the old copy is still served (and said to be old).
  const { countries, packages, recentDetails } = caches();
  countries.expire();
  packages.expire();
  recentDetails.clear();
}
