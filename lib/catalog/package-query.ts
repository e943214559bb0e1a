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
  /** 1-based page of the list; past the end means the last page. */
  page: z.preprocess(single, z.string().regex(/^[1-9]\d{0,3}$/).transform(Number).optional().catch(undefined)),
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

/**
 * Packages per page: a country's page stays as light with thousands of packages in the catalog as
 * with a handful (the default catalog's largest country fits on one page).
 */
export const PAGE_SIZE = 24;

export type PackagePage<T> = { items: T[]; page: number; pages: number };

export function pageOf<T>(items: T[], page = 1, size = PAGE_SIZE): PackagePage<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

/** The address of another page of the same sorted, filtered list. */
export function pageHref(path: string, query: PackageQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.sort !== 'price-asc') params.set('sort', query.sort);
  if (query.data !== undefined) params.set('data', query.data);
  if (query.validity !== undefined) params.set('validity', String(query.validity));
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
