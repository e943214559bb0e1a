import { describe, expect, it } from 'vitest';
import { catalogAlternates, withAddresses } from '@/lib/seo/catalog-alternates';

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

describe('a catalog page with its addresses', () => {
  it("keeps the page's own link preview and gives it the canonical address", () => {
    const metadata = withAddresses({ title: 'Japan', openGraph: { title: 'Japan', siteName: 'eSIM QR Mall' } }, 'zh-CN', '/countries/440');
    expect(metadata.title).toBe('Japan');
    expect(metadata.openGraph).toEqual({ title: 'Japan', siteName: 'eSIM QR Mall', url: '/zh-CN/countries/440' });
    expect(metadata.alternates?.canonical).toBe('/zh-CN/countries/440');
  });
});
