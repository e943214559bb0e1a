'use client';

import Link from 'next/link';
import { useId, useMemo, useState } from 'react';

export type BareDestination = { mcc: number; name: string; flagSrc: string; continent: string; priceLabel: string; searchText: string };

/** The shop's destination search in its shape (props, markup, links), without its translations. */
export function DestinationList({ destinations, allResultsLabel }: { destinations: BareDestination[]; allResultsLabel: string }) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const matches = useMemo(() => (needle ? destinations.filter((d) => d.searchText.includes(needle)) : destinations), [destinations, needle]);
  const continents = [...new Set(matches.map((d) => d.continent))];
  return (
    <div className="space-y-4">
      <div role="search" className="space-y-1">
        <label htmlFor={inputId} className="block text-sm font-semibold">
          Search destinations
        </label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Country, ISO code or MCC (e.g. Japan, JP, 440)"
          autoComplete="off"
          className="min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        />
        <p role="status" aria-live="polite" className="text-sm text-slate-600">
          {matches === destinations ? allResultsLabel : `${matches.length} destinations`}
        </p>
      </div>
      {continents.map((continent) => (
        <section key={continent} aria-labelledby={`${inputId}-${continent}`} className="space-y-2">
          <h2 id={`${inputId}-${continent}`} className="text-lg font-semibold">
            {continent}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {matches
              .filter((d) => d.continent === continent)
              .map((d) => (
                <li key={d.mcc}>
                  <Link href={`/countries/${d.mcc}`} prefetch={false} className="destination-card">
                    <span>
                      {/* eslint-disable-next-line @next/next/no-img-element */}
                      <img src={d.flagSrc} alt="" loading="lazy" className="flag" />
                      <span>{d.name}</span>
                    </span>
                    <span>{d.priceLabel}</span>
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
