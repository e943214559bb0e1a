import { describe, expect, it } from 'vitest';
import { countryAddress, homeAddress, inLanguage, packageAddress } from '@/lib/i18n/addresses';

describe('catalog addresses', () => {
  it('put the language first', () => {
    expect(homeAddress('zh-HK')).toBe('/zh-HK');
    expect(countryAddress('en', '440')).toBe('/en/countries/440');
    expect(packageAddress('zh-CN', 1000000)).toBe('/zh-CN/packages/1000000');
  });

  it('name the same page, query kept, in another language', () => {
    expect(inLanguage('/en/countries/440?sort=price-asc', 'zh-HK')).toBe('/zh-HK/countries/440?sort=price-asc');
    expect(inLanguage('/zh-CN', 'en')).toBe('/en');
    expect(inLanguage('/zh-HK/packages/1000000', 'zh-CN')).toBe('/zh-CN/packages/1000000');
  });

  it('leave pages whose address holds no language alone', () => {
    expect(inLanguage('/orders/abc', 'en')).toBeUndefined();
    expect(inLanguage('/english', 'zh-HK')).toBeUndefined();
    expect(inLanguage('/', 'zh-HK')).toBeUndefined();
  });
});
