import { z } from 'zod';

/** Sort and filters of a country's package list, read from the URL (so they work without JavaScript). */
export const SORTS = ['price-asc', 'price-desc', 'data-desc', 'data-asc'] as const;
export type PackageSort = (typeof SORTS)[number];

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const packageQuerySchema = z.object({
  sort: z.preprocess(single, z.enum(SORTS).catch('price-asc')).default('price-asc'),
  /** MB as a string, or "unlimited"; anything else means no filter. */
  data: z.preprocess(single, z.string().regex(/^(\d{1,7}|unlimited)$/).optional().catch(undefined)),
  /** Total days of one period. */
  validity: z.preprocess(single, z.string().regex(/^\d{1,4}$/).transform(Number).optional().catch(undefined)),
});

export type PackageQuery = z.output<typeof packageQuerySchema>;

type Listable = { dataMb: number | null; periodLength: number; priceMinor: number | null };

export function dataKey(dataMb: number | null): string {
  return dataMb === null ? 'unlimited' : String(dataMb);
}

/** Filters then sorts; unlimited counts as the most data, a missing price sorts last. */
export function applyPackageQuery<T extends Listable>(items: T[], query: PackageQuery): T[] {
  const filtered = items.filter(
    (item) =>
      (query.data === undefined || dataKey(item.dataMb) === query.data) &&
      (query.validity === undefined || item.periodLength === query.validity),
  );
  const data = (item: T) => item.dataMb ?? Number.POSITIVE_INFINITY;
  const price = (item: T) => item.priceMinor ?? Number.POSITIVE_INFINITY;
  const compare: Record<PackageSort, (a: T, b: T) => number> = {
    'price-asc': (a, b) => price(a) - price(b) || data(b) - data(a),
    'price-desc': (a, b) => price(b) - price(a) || data(b) - data(a),
    'data-desc': (a, b) => (data(b) === data(a) ? price(a) - price(b) : data(b) > data(a) ? 1 : -1),
    'data-asc': (a, b) => (data(b) === data(a) ? price(a) - price(b) : data(a) > data(b) ? 1 : -1),
  };
  return [...filtered].sort(compare[query.sort]);
}
