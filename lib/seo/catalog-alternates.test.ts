import { describe, expect, it } from 'vitest';
import { catalogAlternates } from '@/lib/seo/catalog-alternates';

describe('catalog alternates', () => {
  it("name the page's own address as canonical and every language's as alternates", () => {
    expect(catalogAlternates('zh-HK', '/countries/440')).toEqual({
      canonical: '/zh-HK/countries/440',
      languages: { en: '/en/countries/440', 'zh-CN': '/zh-CN/countries/440', 'zh-HK': '/zh-HK/countries/440', 'x-default': '/countries/440' },
    });
  });

  it('send x-default of the home page to the address that picks a language', () => {
    expect(catalogAlternates('en', '').languages).toMatchObject({ en: '/en', 'x-default': '/' });
  });
});
