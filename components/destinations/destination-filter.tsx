'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { GROUP_ATTRIBUTE, ITEM_SEARCH_ATTRIBUTE } from '@/components/destinations/destination-attributes';

const ITEM = `[${ITEM_SEARCH_ATTRIBUTE}]`;
const GROUP = `[${GROUP_ATTRIBUTE}]`;

/** Hides the items of `list` whose search text lacks `needle` (and groups left empty); returns how many show. */
function showMatches(list: HTMLElement, needle: string): number {
  let count = 0;
  for (const group of list.querySelectorAll<HTMLElement>(GROUP)) {
    let inGroup = 0;
    for (const item of group.querySelectorAll<HTMLElement>(ITEM)) {
      const match = !needle || (item.getAttribute(ITEM_SEARCH_ATTRIBUTE) ?? '').includes(needle);
      item.hidden = !match;
      if (match) inGroup += 1;
    }
    group.hidden = inGroup === 0;
    count += inGroup;
  }
  return count;
}

/**
 * Hides the destinations of the server-rendered list (`listId`) whose search text lacks what was
 * typed. The list is HTML the browser does not render again: React hydrates only this search box.
 */
export function DestinationFilter({
  listId,
  total,
  allResultsLabel,
}: {
  listId: string;
  total: number;
  /**
   * The result count for the whole list, formatted on the server: hydrating with `t('home.results')`
   * would compile the ICU message and make the page's first `Intl` objects, which blocks a
   * mid-range phone's main thread for well over 100 ms. Counts of a search are formatted here.
   */
  allResultsLabel: string;
}) {
  const t = useTranslations('home');
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(total);
  const typed = query.trim();

  // In the keystroke's own handler: two hundred items are a fraction of a millisecond, and the
  // count and the list change in the same frame.
  const search = (value: string) => {
    setQuery(value);
    const list = document.getElementById(listId);
    if (list) setShown(showMatches(list, value.trim().toLowerCase()));
  };

  return (
    <div role="search" className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-semibold">
        {t('searchLabel')}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => search(event.target.value)}
        // The count's first formatting makes the page's first Intl objects (tens of ms on a phone):
        // done on focus, before the first keystroke, rather than during hydration or typing.
        onFocus={() => t('results', { count: total })}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        aria-controls={listId}
        className="min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
      />
      <p role="status" aria-live="polite" className="text-sm text-slate-600">
        {typed ? t('results', { count: shown }) : allResultsLabel}
      </p>
      {typed && shown === 0 ? (
        <p className="rounded-lg bg-white p-4 text-slate-700">{t('noResults', { query: typed })}</p>
      ) : null}
    </div>
  );
}
