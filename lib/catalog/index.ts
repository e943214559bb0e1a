import 'server-only';
import { createTtlCache } from '@/lib/catalog/ttl-cache';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield, type Country, type EsimPackage } from '@/lib/linksfield';

/** The catalog changes rarely: a minute of caching spares the provider one call per page view. */
const CATALOG_TTL_MS = 60_000;

const countries = createTtlCache<Country[]>(CATALOG_TTL_MS);
const packages = createTtlCache<EsimPackage[]>(CATALOG_TTL_MS);

export function getCountries(locale: Locale): Promise<Country[]> {
  return countries.get(locale, () => getLinksfield().listCountries(locale));
}

export function getCountryPackages(mcc: number, locale: Locale): Promise<EsimPackage[]> {
  return packages.get(`${locale}:${mcc}`, () => getLinksfield().listPackages(mcc, locale));
}

/** The package page and the order action read the detail fresh: the price charged must be current. */
export function getPackageDetail(id: number, locale: Locale): Promise<EsimPackage> {
  return getLinksfield().getPackage(id, locale);
}
