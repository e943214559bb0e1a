import type { SandboxCatalog, SandboxCountry, SandboxPackage } from '@/lib/sandbox/types';

/** 1 = packages whose coverage includes the country, 2 = packages that cover only this country. */
export type ListType = 1 | 2;

export function listsUnder(item: SandboxPackage, mcc: number, type: ListType): boolean {
  return type === 2 ? item.cover.length === 1 && item.cover[0] === mcc : item.cover.includes(mcc);
}

export function packagesForCountry(catalog: SandboxCatalog, mcc: number, type: ListType): SandboxPackage[] {
  return catalog.packages.filter((item) => listsUnder(item, mcc, type));
}

/** Countries with at least one package of the type. */
export function countriesOnSale(catalog: SandboxCatalog, type: ListType): SandboxCountry[] {
  return catalog.countries.filter((country) => catalog.packages.some((item) => listsUnder(item, country.mcc, type)));
}

/** A country by its English name (`isoCountryName`, case-insensitive) or its ISO2 code. */
export function countryByName(catalog: SandboxCatalog, name: string): SandboxCountry | undefined {
  const wanted = name.trim().toLowerCase();
  return catalog.countries.find(
    (country) => country.isoName.toLowerCase() === wanted || country.iso2.toLowerCase() === wanted,
  );
}
