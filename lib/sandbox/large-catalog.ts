import { SANDBOX_COUNTRIES } from '@/lib/sandbox/countries';
import type { CurrencyAbbr } from '@/lib/sandbox/currencies';
import { MORE_COUNTRIES } from '@/lib/sandbox/more-countries';
import type { PlanTemplate } from '@/lib/sandbox/plans';
import { usdCentsFor, type PriceTier } from '@/lib/sandbox/pricing';
import type { SandboxCountry } from '@/lib/sandbox/types';
import type { DraftInput } from '@/lib/sandbox/draft-input';

export const CATALOG_SIZES = ['default', 'large'] as const;
export type CatalogSize = (typeof CATALOG_SIZES)[number];

/** The catalog a benchmark at scale runs against: 10,000 packages over 200 countries. */
export const LARGE_CATALOG = { countries: 200, packages: 10_000 } as const;

const FLOWS_MB = [500, 1024, 2048, 3072, 5120, 8192, 10240, 12288, 15360, 20480] as const;
const PERIODS = [1, 3, 7, 15, 30] as const;
const TIERS: readonly PriceTier[] = ['low', 'mid', 'high'];
const CURRENCY_SETS: readonly (readonly CurrencyAbbr[])[] = [
  ['USD', 'CNY', 'HKD'],
  ['USD', 'EUR', 'GBP', 'CNY'],
  ['USD', 'SGD', 'CNY', 'JPY'],
];

/** The seed list, then more real countries, up to `LARGE_CATALOG.countries`. */
export function largeCatalogCountries(): SandboxCountry[] {
  const extra = MORE_COUNTRIES.slice(0, LARGE_CATALOG.countries - SANDBOX_COUNTRIES.length);
  return [...SANDBOX_COUNTRIES, ...extra].sort((a, b) => a.mcc - b.mcc);
}

/** The k-th plan shape: every volume, then every validity; a one-day plan is bought by the day. */
function variantPlan(k: number): PlanTemplate {
  const flowMb = FLOWS_MB[k % FLOWS_MB.length] ?? 1024;
  const period = PERIODS[Math.floor(k / FLOWS_MB.length) % PERIODS.length] ?? 7;
  return { flowMb, period, minPeriod: 1, maxPeriod: period === 1 ? 30 : 1 };
}

/**
 * Generated local packages filling the catalog up to `LARGE_CATALOG.packages`, dealt to the
 * countries in turn, so every country gets about the same number. Fixed like the default
 * catalog: the seed plays no part.
 */
export function largeCatalogInputs(countries: readonly SandboxCountry[], alreadyThere: number): DraftInput[] {
  const count = Math.max(0, LARGE_CATALOG.packages - alreadyThere);
  return Array.from({ length: count }, (_, index) => {
    const countryIndex = index % countries.length;
    const country = countries[countryIndex]!;
    const plan = variantPlan(Math.floor(index / countries.length));
    const tier = TIERS[countryIndex % TIERS.length] ?? 'mid';
    return {
      kind: 'local',
      area: country.name,
      countries: [country],
      plan,
      usdCents: usdCentsFor(plan, tier, 1),
      currencies: CURRENCY_SETS[countryIndex % CURRENCY_SETS.length] ?? ['USD'],
      logo: `logo/country/${country.iso2.toLowerCase()}.png`,
    };
  });
}
