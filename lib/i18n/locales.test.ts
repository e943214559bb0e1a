import { describe, expect, it } from 'vitest';
import { isLocale, locales, negotiateLocale, providerLanguage, providerSpeaks } from '@/lib/i18n/locales';

describe('locale negotiation', () => {
  it('follows Accept-Language with q-values', () => {
    expect(negotiateLocale('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(negotiateLocale('fr-FR, en;q=0.5, zh;q=0.4')).toBe('en');
    expect(negotiateLocale('en;q=0.2, zh-TW;q=0.8')).toBe('zh-HK');
    expect(negotiateLocale('zh-HK;q=0.1, en-GB;q=0.9')).toBe('en');
    expect(negotiateLocale('de')).toBe('en');
    expect(negotiateLocale('')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
  });

  it('sends Traditional Chinese and Cantonese to Hong Kong, other Chinese to Simplified', () => {
    for (const tag of ['zh-HK', 'zh-hk', 'zh-TW', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-HK', 'zh_HK', 'yue', 'yue-Hant-HK']) {
      expect(negotiateLocale(tag), tag).toBe('zh-HK');
    }
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-HK', 'zh-Hans-CN']) {
      expect(negotiateLocale(tag), tag).toBe('zh-CN');
    }
  });

  it('ignores a language refused with q=0 and a malformed q', () => {
    expect(negotiateLocale('zh-HK;q=0, zh-CN;q=0.5')).toBe('zh-CN');
    expect(negotiateLocale('zh-HK;q=abc, en')).toBe('en');
  });

  it('knows its own locales and nothing else', () => {
    for (const locale of locales) expect(isLocale(locale)).toBe(true);
    expect(isLocale('zh-TW')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('the language the provider gets', () => {
  it('is one of the two it knows, for every locale', () => {
    for (const locale of locales) expect(['en-US', 'zh-CN']).toContain(providerLanguage(locale));
  });

  it('is Simplified for Simplified, English for English and for Hong Kong Traditional', () => {
    expect(providerLanguage('en')).toBe('en-US');
    expect(providerLanguage('zh-CN')).toBe('zh-CN');
    expect(providerLanguage('zh-HK')).toBe('en-US');
  });

  it('speaks the language of the page only where the answer matches it', () => {
    expect(providerSpeaks('en')).toBe(true);
    expect(providerSpeaks('zh-CN')).toBe(true);
    expect(providerSpeaks('zh-HK')).toBe(false);
  });
});
