import { countryByIso2, SANDBOX_COUNTRIES } from '@/lib/sandbox/countries';
import { largeCatalogCountries, largeCatalogInputs, type CatalogSize } from '@/lib/sandbox/large-catalog';
import { SANDBOX_CURRENCIES, type CurrencyAbbr } from '@/lib/sandbox/currencies';
import { GLOBAL_OFFER, LOCAL_OFFERS, REGION_OFFERS, type RegionOffer } from '@/lib/sandbox/offers';
import { packageText } from '@/lib/sandbox/package-text';
import { PLANS } from '@/lib/sandbox/plans';
import { convertUsdCents, usdCentsFor } from '@/lib/sandbox/pricing';
import { seededInt } from '@/lib/sandbox/seeded';
import { DAY_MS, formatDateDigits, formatProviderTime } from '@/lib/sandbox/time';
import type { PackageKind, SandboxCatalog, SandboxCountry, SandboxPackage, SandboxPrice } from '@/lib/sandbox/types';
import type { DraftInput } from '@/lib/sandbox/draft-input';

export { SANDBOX_COUNTRIES } from '@/lib/sandbox/countries';
export { SANDBOX_CURRENCIES } from '@/lib/sandbox/currencies';
export { EUROPE_33, GLOBAL_OFFER, LOCAL_OFFERS, REGION_OFFERS } from '@/lib/sandbox/offers';
export { PLANS } from '@/lib/sandbox/plans';
export { CATALOG_SIZES, LARGE_CATALOG, type CatalogSize } from '@/lib/sandbox/large-catalog';

/** The package of the documentation's own pre-order example. */
export const EXAMPLE_PACKAGE = {
  id: 1000000,
  packageCode: 'LP20220325000000',
  currency: 'USD',
  currencyId: 2,
  price: 5,
} as const;

const CODE_EPOCH = Date.UTC(2022, 2, 25);
const UPDATE_EPOCH = Date.UTC(2025, 0, 1);

type Draft = Omit<SandboxPackage, 'id' | 'code' | 'saleCount' | 'updateTime'>;

const packageTypes: Record<PackageKind, number> = { local: 1, regional: 2, global: 3 };

function prices(usdCents: number, currencies: readonly CurrencyAbbr[]): SandboxPrice[] {
  return currencies.map((abbr) => {
    const currency = SANDBOX_CURRENCIES[abbr];
    return { currency, minor: convertUsdCents(usdCents, currency) };
  });
}

function draft({ kind, area, countries, plan, usdCents, currencies, logo }: DraftInput): Draft {
  return {
    kind,
    ...packageText(area, plan, countries),
    flowMb: plan.flowMb,
    period: plan.period,
    minPeriod: plan.minPeriod,
    maxPeriod: plan.maxPeriod,
    prices: prices(usdCents, currencies),
    cover: countries.map((country) => country.mcc),
    logo,
    packageType: packageTypes[kind],
    priceType: 1,
    buyType: plan.maxPeriod > 1 ? 2 : 1,
  };
}

function exampleDraft(): Draft {
  const base = draft({
    kind: 'regional',
    area: { zh: '马来西亚泰国', en: 'Malaysia & Thailand' },
    countries: [countryByIso2('MY'), countryByIso2('TH')],
    plan: { flowMb: 500, period: 30, minPeriod: 1, maxPeriod: 1 },
    usdCents: EXAMPLE_PACKAGE.price * 100,
    currencies: ['USD', 'CNY', 'SGD'],
    logo: 'logo/region/malaysia-thailand.png',
  });
  return {
    ...base,
    showName: { zh: 'C_T_马来西亚泰国500M不限速月套餐(esim)', en: 'C_T_Malaysia & Thailand 500MB Full-Speed Monthly Plan (eSIM)' },
  };
}

function regionDrafts(offer: RegionOffer, kind: PackageKind, everyCountry: readonly SandboxCountry[]): Draft[] {
  const countries = offer.cover === 'ALL' ? everyCountry : offer.cover.map(countryByIso2);
  return offer.plans.map((key) =>
    draft({
      kind,
      area: offer.name,
      countries,
      plan: PLANS[key],
      usdCents: usdCentsFor(PLANS[key], offer.tier, offer.factor),
      currencies: offer.currencies,
      logo: kind === 'global' ? '' : `logo/region/${offer.key}.png`,
    }),
  );
}

function localDrafts(): Draft[] {
  return LOCAL_OFFERS.flatMap(({ iso2, tier, currencies, plans }) => {
    const country = countryByIso2(iso2);
    return plans.map((key) =>
      draft({
        kind: 'local',
        area: country.name,
        countries: [country],
        plan: PLANS[key],
        usdCents: usdCentsFor(PLANS[key], tier, 1),
        currencies,
        logo: `logo/country/${iso2.toLowerCase()}.png`,
      }),
    );
  });
}

/** `LP` + a date + a 6-digit serial, like the documentation's `LP20220325000000`. */
function packageCode(index: number): string {
  const date = new Date(CODE_EPOCH + Math.floor(index / 5) * DAY_MS);
  return `LP${formatDateDigits(date)}${String(index).padStart(6, '0')}`;
}

/**
 * The sandbox's catalog. Ids, codes, coverage and prices are fixed; the seed only varies the
 * informational `saleCount` and `updateTime`. The same seed always gives the same catalog. The
 * `large` size keeps every default package (global ones then cover every country) and adds
 * generated local packages up to `LARGE_CATALOG`, for benchmarks at scale.
 */
export function buildCatalog(seed: string, size: CatalogSize = 'default'): SandboxCatalog {
  const countries = size === 'large' ? largeCatalogCountries() : SANDBOX_COUNTRIES;
  const base = [
    exampleDraft(),
    ...localDrafts(),
    ...REGION_OFFERS.flatMap((offer) => regionDrafts(offer, 'regional', countries)),
    ...regionDrafts(GLOBAL_OFFER, 'global', countries),
  ];
  const drafts = size === 'large' ? [...base, ...largeCatalogInputs(countries, base.length).map(draft)] : base;
  const packages: SandboxPackage[] = drafts.map((item, index) => {
    const id = EXAMPLE_PACKAGE.id + index;
    return {
      ...item,
      id,
      code: packageCode(index),
      saleCount: seededInt(seed, `saleCount:${id}`, 20_000),
      updateTime: formatProviderTime(new Date(UPDATE_EPOCH + seededInt(seed, `updateTime:${id}`, 300 * 24 * 60) * 60_000)),
    };
  });
  return {
    countries,
    packages,
    countryByMcc: new Map(countries.map((country) => [country.mcc, country])),
    packageById: new Map(packages.map((item) => [item.id, item])),
  };
}
