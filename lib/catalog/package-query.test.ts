import { describe, expect, it } from 'vitest';
import { applyPackageQuery, packageQuerySchema, pageHref, pageOf, PAGE_SIZE } from '@/lib/catalog/package-query';

const items = [
  { id: 'a', dataMb: 1024, periodLength: 7, priceMinor: 500 },
  { id: 'b', dataMb: null, periodLength: 1, priceMinor: 300 },
  { id: 'c', dataMb: 5120, periodLength: 30, priceMinor: 1500 },
  { id: 'd', dataMb: 1024, periodLength: 30, priceMinor: 900 },
];
const ids = (list: typeof items) => list.map((item) => item.id).join('');

describe('packageQuerySchema', () => {
  it('reads the URL and falls back on nonsense', () => {
    expect(packageQuerySchema.parse({})).toEqual({ sort: 'price-asc' });
    expect(packageQuerySchema.parse({ sort: 'evil', data: '<script>', validity: '-1' })).toEqual({ sort: 'price-asc' });
    expect(packageQuerySchema.parse({ sort: ['data-desc'], data: 'unlimited', validity: '30' })).toEqual({
      sort: 'data-desc',
      data: 'unlimited',
      validity: 30,
    });
  });
});

describe('applyPackageQuery', () => {
  it('sorts by price and by data, unlimited first for the most data', () => {
    expect(ids(applyPackageQuery(items, { sort: 'price-asc' }))).toBe('badc');
    expect(ids(applyPackageQuery(items, { sort: 'price-desc' }))).toBe('cdab');
    expect(ids(applyPackageQuery(items, { sort: 'data-desc' }))).toBe('bcad');
    expect(ids(applyPackageQuery(items, { sort: 'data-asc' }))).toBe('adcb');
  });
  it('filters by data volume and validity', () => {
    expect(ids(applyPackageQuery(items, { sort: 'price-asc', data: '1024' }))).toBe('ad');
    expect(ids(applyPackageQuery(items, { sort: 'price-asc', data: '1024', validity: 30 }))).toBe('d');
    expect(ids(applyPackageQuery(items, { sort: 'price-asc', data: 'unlimited' }))).toBe('b');
  });
});

describe('pages of a package list', () => {
  const many = Array.from({ length: 60 }, (_, index) => index);

  it('reads the page from the URL, ignoring nonsense', () => {
    expect(packageQuerySchema.parse({ page: '3' })).toEqual({ sort: 'price-asc', page: 3 });
    for (const page of ['0', '-1', 'x', '99999', '1.5']) expect(packageQuerySchema.parse({ page })).toEqual({ sort: 'price-asc' });
  });

  it('cuts the list into pages of PAGE_SIZE, the last page for one past the end', () => {
    expect(PAGE_SIZE).toBe(24);
    expect(pageOf(many)).toEqual({ items: many.slice(0, 24), page: 1, pages: 3 });
    expect(pageOf(many, 3)).toEqual({ items: many.slice(48), page: 3, pages: 3 });
    expect(pageOf(many, 9).page).toBe(3);
    expect(pageOf([], 2)).toEqual({ items: [], page: 1, pages: 1 });
    expect(pageOf(many.slice(0, 24))).toMatchObject({ pages: 1 });
  });

  it('links another page with the same sort and filters', () => {
    expect(pageHref('/countries/440', { sort: 'price-asc' }, 1)).toBe('/countries/440');
    expect(pageHref('/countries/440', { sort: 'data-desc', data: '1024', validity: 30 }, 2)).toBe(
      '/countries/440?sort=data-desc&data=1024&validity=30&page=2',
    );
  });
});
