import 'server-only';
import { getCountries, getCountryPackages } from '@/lib/catalog';
import type { ShopPreferences } from '@/lib/catalog/preferences';
import { mapLimited } from '@/lib/catalog/map-limited';
import { isProviderFailure } from '@/lib/catalog/provider-failure';
import { currencyOrder } from '@/lib/currency-preference';
import type { Country, EsimPackage } from '@/lib/linksfield';
import { formatMoney } from '@/lib/money';

export type Destination = {
  mcc: number;
  name: string;
  iso2: string;
  continent: string;
  /** The lowest package price, formatted, or null when no package has a price. */
  fromPrice: string | null;
  /** Lower-case text the search box matches: names in English and Chinese, ISO code, MCC. */
  searchText: string;
};

const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });
const chineseNames = new Intl.DisplayNames(['zh-Hans'], { type: 'region' });
const traditionalNames = new Intl.DisplayNames(['zh-Hant'], { type: 'region' });

function displayName(names: Intl.DisplayNames, iso2: string): string {
  try {
    return names.of(iso2) ?? '';
  } catch {
    return '';
  }
}

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

function searchTextOf(country: Country): string {
  return [
    country.name,
    country.englishName,
    displayName(englishNames, country.iso2),
    displayName(chineseNames, country.iso2),
    displayName(traditionalNames, country.iso2),
    country.iso2,
    String(country.mcc),
  ]
    .join(' ')
    .toLowerCase();
}

/** Package lists asked for at once when the destinations are (re)loaded: about a hundred in all. */
const PACKAGE_LIST_CONCURRENCY = 8;

export type Destinations = {
  destinations: Destination[];
  /** False when some country's packages could not be read: those show no price. */
  complete: boolean;
};

/** Every country on sale with its lowest price, for the destinations page. */
export async function getDestinations({ locale, currency }: ShopPreferences): Promise<Destinations> {
  const countries = await getCountries(locale);
  const order = currencyOrder(currency, locale);
  let complete = true;
  const destinations = await mapLimited(countries, PACKAGE_LIST_CONCURRENCY, async (country) => {
    let packages: EsimPackage[] = [];
    try {
      packages = await getCountryPackages(country.mcc, locale);
    } catch (error) {
      // One country the provider fails on costs its price, not the whole page.
      if (!isProviderFailure(error)) throw error;
      complete = false;
    }
    const lowest = lowestPrice(packages, order);
    return {
      mcc: country.mcc,
      name: country.name,
      iso2: country.iso2,
      continent: country.continent,
      fromPrice: lowest ? formatMoney(lowest.amountMinor, lowest.currency, lowest.digits, locale) : null,
      searchText: searchTextOf(country),
    };
  });
  return { destinations, complete };
}
