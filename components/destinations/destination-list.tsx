import { getTranslations } from 'next-intl/server';
import { GROUP_ATTRIBUTE, ITEM_SEARCH_ATTRIBUTE } from '@/components/destinations/destination-attributes';
import { FlagImage } from '@/components/flags/flag-image';
import { CONTINENT_ORDER, groupByContinent } from '@/lib/catalog/destination-order';
import type { Destination } from '@/lib/catalog/destinations';
import { countryAddress } from '@/lib/i18n/addresses';
import type { Locale } from '@/lib/i18n/locales';

const KNOWN_CONTINENTS = new Set([...CONTINENT_ORDER, 'Global', 'Other']);

/**
 * Every destination, grouped by continent, as server HTML: no component of it runs in the browser,
 * and the search (DestinationFilter) hides what does not match by each item's `data-search`.
 * `destinations` come sorted by continent and name (getDestinations).
 */
export async function DestinationList({ id, destinations, locale }: { id: string; destinations: Destination[]; locale: Locale }) {
  const t = await getTranslations();
  return (
    <div id={id} className="space-y-4">
      {groupByContinent(destinations).map(({ continent, items }) => (
        <section key={continent} {...{ [GROUP_ATTRIBUTE]: '' }} aria-labelledby={`${id}-${continent}`} className="space-y-2">
          <h2 id={`${id}-${continent}`} className="text-lg font-semibold">
            {KNOWN_CONTINENTS.has(continent) ? t(`common.continents.${continent}`) : continent}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((destination) => (
              <li key={destination.mcc} {...{ [ITEM_SEARCH_ATTRIBUTE]: destination.searchText }}>
                {/* A plain anchor: a country page is a cached document of its own. Its look is in globals.css,
                    with as few elements as it takes: each is in the HTML and again in the payload. */}
                <a href={countryAddress(locale, String(destination.mcc))} className="destination-card">
                  <FlagImage src={destination.flagSrc} />
                  <span>{destination.name}</span>
                  <span>{destination.priceLabel}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
