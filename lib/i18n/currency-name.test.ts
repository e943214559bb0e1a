import { describe, expect, it } from 'vitest';
import { currencyName } from '@/lib/i18n/currency-name';

describe('currencyName', () => {
  it('names currencies in English', () => {
    expect(currencyName('HKD', 'en')).toBe('Hong Kong Dollar');
    expect(currencyName('USD', 'en')).toBe('US Dollar');
    expect(currencyName('JPY', 'en')).toBe('Japanese Yen');
  });

  it('names currencies in Simplified Chinese', () => {
    expect(currencyName('HKD', 'zh-CN')).toBe('港元');
    expect(currencyName('CNY', 'zh-CN')).toBe('人民币');
    expect(currencyName('EUR', 'zh-CN')).toBe('欧元');
  });

  it('names currencies in Hong Kong Traditional Chinese', () => {
    expect(currencyName('HKD', 'zh-HK')).toBe('港元');
    expect(currencyName('CNY', 'zh-HK')).toBe('人民幣');
    expect(currencyName('EUR', 'zh-HK')).toBe('歐元');
    expect(currencyName('JPY', 'zh-HK')).toBe('日圓');
  });

  it('gives nothing for a code Intl does not know or that is not a code', () => {
    expect(currencyName('XYZ', 'en')).toBeUndefined();
    expect(currencyName('US', 'en')).toBeUndefined();
    expect(currencyName('', 'zh-HK')).toBeUndefined();
  });
});
