import { describe, expect, it } from 'vitest';
import { pickPrice } from '@/lib/currency-preference';
import { formatDataVolume } from '@/lib/data-volume';

describe('formatDataVolume', () => {
  it('uses MB below a gigabyte and GB above', () => {
    expect(formatDataVolume(500, 'en')).toBe('500 MB');
    expect(formatDataVolume(1024, 'en')).toBe('1 GB');
    expect(formatDataVolume(1536, 'en')).toBe('1.5 GB');
  });
});

describe('pickPrice', () => {
  const prices = [{ currency: 'USD' }, { currency: 'JPY' }, { currency: 'CNY' }];
  it('prefers the last choice, then the locale currency, then USD', () => {
    expect(pickPrice(prices, 'JPY', 'en')?.currency).toBe('JPY');
    expect(pickPrice(prices, 'EUR', 'zh-CN')?.currency).toBe('CNY');
    expect(pickPrice(prices, undefined, 'en')?.currency).toBe('USD');
    expect(pickPrice([{ currency: 'GBP' }], undefined, 'zh-CN')?.currency).toBe('GBP');
    expect(pickPrice([], 'USD', 'en')).toBeUndefined();
    expect(pickPrice([...prices, { currency: 'HKD' }], undefined, 'zh-HK')?.currency).toBe('HKD');
  });
});
