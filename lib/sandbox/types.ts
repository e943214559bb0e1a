/** The sandbox's own model of the provider ("the provider" never imports the shop's client types). */

export type Language = 'zh' | 'en';

/** A text in both languages the provider answers in. */
export type Localized = { readonly zh: string; readonly en: string };

export type Continent = 'Asia' | 'Europe' | 'North America' | 'South America' | 'Oceania' | 'Africa';

export type SandboxCountry = {
  /** Mobile country code: the provider's country key. */
  readonly mcc: number;
  readonly iso2: string;
  /** English name, answered as `isoCountryName`. */
  readonly isoName: string;
  readonly name: Localized;
  readonly continent: Continent;
};

export type SandboxCurrency = {
  readonly id: number;
  readonly abbr: string;
  readonly name: Localized;
  readonly symbol: string;
  /** Decimal digits of the currency (answered as a string in `digitsNum`). */
  readonly digits: number;
  readonly unit: Localized;
};

/** One price of a package, per period, in minor units (cents, yen, ...). */
export type SandboxPrice = { readonly currency: SandboxCurrency; readonly minor: number };

export type PackageKind = 'local' | 'regional' | 'global';

export type SandboxPackage = {
  readonly id: number;
  readonly code: string;
  readonly kind: PackageKind;
  readonly showName: Localized;
  readonly shortDesc: Localized;
  readonly desc: Localized;
  /** MB, -1 = unlimited. */
  readonly flowMb: number;
  /** Days per period. */
  readonly period: number;
  readonly minPeriod: number;
  readonly maxPeriod: number;
  readonly prices: readonly SandboxPrice[];
  /** Covered MCCs. */
  readonly cover: readonly number[];
  readonly logo: string;
  readonly packageType: number;
  readonly priceType: number;
  readonly buyType: number;
  readonly saleCount: number;
  readonly updateTime: string;
};

export type SandboxCatalog = {
  readonly countries: readonly SandboxCountry[];
  readonly packages: readonly SandboxPackage[];
  readonly countryByMcc: ReadonlyMap<number, SandboxCountry>;
  readonly packageById: ReadonlyMap<number, SandboxPackage>;
};
