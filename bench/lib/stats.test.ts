import { describe, expect, it } from 'vitest';

import { median, percentile, summarize } from '@/bench/lib/stats';

describe('benchmark statistics', () => {
  it('takes nearest-rank percentiles, whatever the order of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7, 3, 5], 50)).toBe(5);
    // With 50 samples the p99 is the largest one: a single slow order shows.
    const fifty = [...Array.from({ length: 49 }, () => 10), 900];
    expect(percentile(fifty, 99)).toBe(900);
    expect(percentile(fifty, 50)).toBe(10);
  });

  it('refuses no samples and percentiles outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => median([])).toThrow(RangeError);
  });

  it('summarizes count, p50, p99, mean, min and max', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, p50: 2, p99: 4, mean: 2.5, min: 1, max: 4 });
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
