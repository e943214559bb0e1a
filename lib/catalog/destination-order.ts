/** The order of the destinations list: continents in a fixed order, names in the page's language. */

export const CONTINENT_ORDER = ['Asia', 'Europe', 'North America', 'South America', 'Oceania', 'Africa', 'Middle East'];

type Placed = { continent: string; name: string };

function continentRank(continent: string) {
  const index = CONTINENT_ORDER.indexOf(continent);
  return index === -1 ? CONTINENT_ORDER.length : index;
}

const continentOf = (item: Placed) => item.continent || 'Other';

/**
 * Sorted once where the list is built (on the server, cached with the catalog), so neither each
 * request nor each browser sorts two hundred names with a collator again.
 */
export function sortDestinations<T extends Placed>(items: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale);
  return [...items].sort(
    (a, b) =>
      continentRank(continentOf(a)) - continentRank(continentOf(b)) ||
      continentOf(a).localeCompare(continentOf(b)) ||
      collator.compare(a.name, b.name),
  );
}

/** Consecutive items of a sorted list under their continent, in one pass. */
export function groupByContinent<T extends Placed>(sorted: readonly T[]): { continent: string; items: T[] }[] {
  const groups: { continent: string; items: T[] }[] = [];
  for (const item of sorted) {
    const continent = continentOf(item);
    const last = groups.at(-1);
    if (last?.continent === continent) last.items.push(item);
    else groups.push({ continent, items: [item] });
  }
  return groups;
}
