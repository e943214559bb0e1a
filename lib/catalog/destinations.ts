import 'server-only';
import { getCountries, getCountryPackages } from '@/lib/catalog';
import type { ShopPreferences } from '@/lib/catalog/preferences';
import { regionName } from '@/lib/catalog/region-name';
import { currencyOrder } from '@/lib/currency-preference';
import { locales } from '@/lib/i18n/locales';
import type { Country, EsimPackage } from '@/lib/linksfield';
import { formatMoney } from '@/lib/money';

export type Destination = {
  mcc: number;
  name: string;
  iso2: string;
  continent: string;
  /** The lowest package price, formatted, or null when no package has a price. */
  fromPrice: string | null;
  /** Lower-case text the search box matches: names in English and Chinese (both scripts), ISO code, MCC. */
  searchText: string;
};

/** The lowest price among the packages, in the first currency of the shop's order that any offers. */
export function lowestPrice(packages: EsimPackage[], order: string[]) {
  const offered = new Set(packages.flatMap((pkg) => pkg.prices.map((price) => price.currency)));
  const currency = order.find((code) => offered.has(code)) ?? packages[0]?.prices[0]?.currency;
  const candidates = packages.flatMap((pkg) => pkg.prices.filter((price) => price.currency === currency));
  return candidates.reduce<(typeof candidates)[number] | undefined>(
    (lowest, price) => (!lowest || price.amountMinor < lowest.amountMinor ? price : lowest),
    undefined,
  );
}

/** Names the search box matches, whatever the page's language: every shop locale's and Taiwan's. */
const SEARCH_NAME_LOCALES = [...locales, 'zh-Hant'];

function searchTextOf(country: Country): string {
  return [
    country.name,
    country.englishName,
    ...SEARCH_NAME_LOCALES.map((locale) => regionName(country.iso2, locale) ?? ''),
    country.iso2,
    String(country.mcc),
  ]
    .join(' ')
    .toLowerCase();
}

/** Every country on sale with its lowest price, for the destinations page. */
export async function getDestinations({ locale, currency }: ShopPreferences): Promise<Destination[]> {
  const countries = await getCountries(locale);
  const order = currencyOrder(currency, locale);
  return Promise.all(
    countries.map(async (country) => {
      const packages = await getCountryPackages(country.mcc, locale);
      const lowest = lowestPrice(packages, order);
      return {
        mcc: country.mcc,
        name: country.name,
        iso2: country.iso2,
        continent: country.continent,
        fromPrice: lowest ? formatMoney(lowest.amountMinor, lowest.currency, lowest.digits, locale) : null,
        searchText: searchTextOf(country),
      };
    }),
  );
}
