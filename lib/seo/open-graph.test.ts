import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { openGraph, openGraphLocale } from '@/lib/seo/open-graph';

describe('openGraph', () => {
  const page = { locale: 'zh-HK' as const, title: '日本 eSIM 數據計劃', description: '日本旅遊 eSIM' };

  it('names the page, the shop and the language', () => {
    expect(openGraph(page, 'website')).toEqual({
      type: 'website',
      title: '日本 eSIM 數據計劃',
      description: '日本旅遊 eSIM',
      siteName: 'eSIM QR Mall',
      locale: 'zh_HK',
    });
  });

  it('leaves the type to the page for a product, which Next cannot write', () => {
    expect(openGraph(page, 'product')).not.toHaveProperty('type');
    expect(openGraph(page, 'product')).toMatchObject({ title: page.title, siteName: 'eSIM QR Mall' });
  });

  it('never sets the url (the canonical address does)', () => {
    expect(openGraph(page, 'website')).not.toHaveProperty('url');
  });

  it('writes every language of the shop as language_TERRITORY', () => {
    expect(locales.map(openGraphLocale)).toEqual(['en_US', 'zh_CN', 'zh_HK']);
    for (const locale of locales) expect(openGraphLocale(locale)).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
  });
});
