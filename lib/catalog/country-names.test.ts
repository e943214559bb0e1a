import { describe, expect, it, vi } from 'vitest';
import type { Country } from '@/lib/linksfield/types';

const calls: string[] = [];
const PROVIDER_NAMES: Record<string, Country[]> = {
  'en-US': [
    { mcc: 454, name: 'Hong Kong', englishName: 'Hong Kong', iso2: 'HK', continent: 'Asia' },
    { mcc: 450, name: 'South Korea', englishName: 'South Korea', iso2: 'KR', continent: 'Asia' },
    { mcc: 999, name: 'Atlantis', englishName: 'Atlantis', iso2: '', continent: 'Other' },
  ],
  'zh-CN': [{ mcc: 454, name: '中国香港', englishName: 'Hong Kong', iso2: 'HK', continent: 'Asia' }],
};

// The provider's side of the catalog, answering in the language each locale asks for.
vi.mock('@/lib/linksfield', async () => {
  const { providerLanguage } = await import('@/lib/i18n/locales');
  return {
    getLinksfield: () => ({
      listCountries: async (locale: Parameters<typeof providerLanguage>[0]) => {
        calls.push(providerLanguage(locale));
        return PROVIDER_NAMES[providerLanguage(locale)];
      },
    }),
  };
});

const { getCountries } = await import('@/lib/catalog');

describe('country names in each language', () => {
  it("are the provider's where it speaks the language", async () => {
    expect((await getCountries('en')).map((country) => country.name)).toEqual(['Hong Kong', 'South Korea', 'Atlantis']);
    expect((await getCountries('zh-CN')).map((country) => country.name)).toEqual(['中国香港']);
  });

  it("are Intl's Hong Kong Traditional names for zh-HK, the provider's where Intl has none", async () => {
    expect((await getCountries('zh-HK')).map((country) => country.name)).toEqual(['香港', '南韓', 'Atlantis']);
  });

  it('share one cached copy between the locales the provider answers alike', () => {
    expect(calls.sort()).toEqual(['en-US', 'zh-CN']);
  });
});
