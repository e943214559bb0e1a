'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { FlagImage } from '@/components/flags/flag-image';
import { CONTINENT_ORDER, groupByContinent } from '@/lib/catalog/destination-order';
import type { Destination } from '@/lib/catalog/destinations';
import { countryAddress } from '@/lib/i18n/addresses';
import { isLocale } from '@/lib/i18n/locales';

const KNOWN_CONTINENTS = new Set([...CONTINENT_ORDER, 'Global', 'Other']);

/** `destinations` come sorted by continent and name (getDestinations): filtering keeps that order. */
export function DestinationSearch({
  destinations,
  allResultsLabel,
}: {
  destinations: Destination[];
  /**
   * The result count for the whole list, formatted on the server: hydrating with `t('home.results')`
   * would compile the ICU message and make the page's first `Intl` objects, which blocks a
   * mid-range phone's main thread for well over 100 ms. Counts of a search are formatted here.
   */
  allResultsLabel: string;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const needle = deferredQuery.trim().toLowerCase();
  const matches = useMemo(
    () => (needle ? destinations.filter((d) => d.searchText.includes(needle)) : destinations),
    [destinations, needle],
  );
  const groups = useMemo(() => groupByContinent(matches), [matches]);

  return (
    <div className="space-y-4">
      <div role="search" className="space-y-1">
        <label htmlFor={inputId} className="block text-sm font-semibold">
          {t('home.searchLabel')}
        </label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // The count's first formatting makes the page's first Intl objects (tens of ms on a phone):
          // done on focus, before the first keystroke, rather than during hydration or typing.
          onFocus={() => t('home.results', { count: destinations.length })}
          placeholder={t('home.searchPlaceholder')}
          autoComplete="off"
          className="min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <p role="status" aria-live="polite" className="text-sm text-slate-600">
          {matches === destinations ? allResultsLabel : t('home.results', { count: matches.length })}
        </p>
      </div>
      {matches.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-slate-700">{t('home.noResults', { query: deferredQuery.trim() })}</p>
      ) : (
        groups.map(({ continent, items }) => (
          <section key={continent} aria-labelledby={`${inputId}-${continent}`} className="space-y-2">
            <h2 id={`${inputId}-${continent}`} className="text-lg font-semibold">
              {KNOWN_CONTINENTS.has(continent) ? t(`common.continents.${continent}`) : continent}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {items.map((destination) => (
                <li key={destination.mcc}>
                  <a
                    href={countryAddress(isLocale(locale) ? locale : 'en', String(destination.mcc))}
                    // Its look is in globals.css: written once for the whole list.
                    className="destination-card"
                  >
                    <span>
                      <FlagImage src={destination.flagSrc} />
                      <span>{destination.name}</span>
                    </span>
                    <span>{destination.priceLabel}</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
