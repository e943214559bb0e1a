import { describe, expect, it } from 'vitest';
import { applyPackageQuery, packageQuerySchema } from '@/lib/catalog/package-query';

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
