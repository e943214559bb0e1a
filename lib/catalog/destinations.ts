import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getCountries, getCountryPackages } from '@/lib/catalog';
import { sortDestinations } from '@/lib/catalog/destination-order';
import { oncePerCatalogCopy } from '@/lib/catalog/per-catalog-copy';
import type { ShopPreferences } from '@/lib/catalog/preferences';
import { isProviderFailure } from '@/lib/catalog/provider-failure';
import { regionName } from '@/lib/catalog/region-name';
import { currencyOrder } from '@/lib/currency-preference';
import { flagImageSrc } from '@/lib/flags/flag-image';
import { locales } from '@/lib/i18n/locales';
import type { Country, EsimPackage } from '@/lib/linksfield';
import { mapWithLimit } from '@/lib/map-with-limit';
import { formatMoney } from '@/lib/money';

export type Destination = {
  mcc: number;
  name: string;
  /** The flag image's address (`flagImageSrc`), null when the country has none. */
  flagSrc: string | null;
  continent: string;
  /** "From" and the lowest package price, formatted, or the words for no price. */
  priceLabel: string;
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

/** Search texts by country and language: the region names never change while the process runs. */
const searchTexts = new Map<string, string>();

/** Names the search box matches, whatever the page's language: every shop locale's and Taiwan's. */
const SEARCH_NAME_LOCALES = [...locales, 'zh-Hant'];

function searchTextOf(country: Country): string {
  const key = `${country.mcc}|${country.iso2}|${country.name}|${country.englishName}`;
  let text = searchTexts.get(key);
  if (text === undefined) {
    text = searchTextFor(country);
    // Bounded by countries x languages; an odd provider answer cannot grow it without end.
    if (searchTexts.size < 10_000) searchTexts.set(key, text);
  }
  return text;
}

/** Each name once: most are the same in several languages, and the text goes to the browser with every destination. */
function searchTextFor(country: Country): string {
  const names = [
    country.name,
    country.englishName,
    ...SEARCH_NAME_LOCALES.map((locale) => regionName(country.iso2, locale) ?? ''),
    country.iso2,
    String(country.mcc),
  ].map((name) => name.toLowerCase());
  return [...new Set(names)].filter(Boolean).join(' ');
}

/**
 * Provider calls in flight while the destinations load with nothing cached (one per country): two
 * hundred at once would make a slow provider time them all out, and the next view would start over.
 */
const LIST_CALLS_AT_ONCE = 12;

export type Destinations = {
  destinations: Destination[];
  /** False when some country's packages could not be read: those show no price. */
  complete: boolean;
};

async function buildDestinations(countries: Country[], { locale, currency }: ShopPreferences): Promise<Destinations> {
  const t = await getTranslations({ locale, namespace: 'common' });
  const order = currencyOrder(currency, locale);
  let complete = true;
  const destinations = await mapWithLimit(countries, LIST_CALLS_AT_ONCE, async (country) => {
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
      flagSrc: flagImageSrc(country.iso2),
      continent: country.continent,
      priceLabel: lowest
        ? t('from', { price: formatMoney(lowest.amountMinor, lowest.currency, lowest.digits, locale) })
        : t('noPrice'),
      searchText: searchTextOf(country),
    };
  });
  return { destinations: sortDestinations(destinations, locale), complete };
}

// A list missing some country's prices is not kept: the next view tries again.
const destinationsOf = oncePerCatalogCopy(buildDestinations, (result) => result.complete);

/** Every country on sale with its lowest price, for the destinations page, by continent and name. */
export async function getDestinations(preferences: ShopPreferences): Promise<Destinations> {
  return destinationsOf(await getCountries(preferences.locale), preferences);
}
