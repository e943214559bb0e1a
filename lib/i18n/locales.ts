/** Every UI language; the switch, the message files and the e2e tests all follow this list. */
export const locales = ['en', 'zh-CN', 'zh-HK'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';
export const LOCALE_COOKIE = 'NEXT_LOCALE';
/**
 * Set by `proxy.ts` on a catalog page rendered per request (`/zh-HK/countries/440?sort=…`): the
 * language of its address, which the whole document is rendered in, whatever the cookie says.
 */
export const PATH_LOCALE_HEADER = 'x-shop-path-locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export type ProviderLanguage = 'en-US' | 'zh-CN';

/**
 * The `Accept-Language` the provider gets. It knows only `zh-CN` (Simplified) and `en-US`.
 * Hong Kong Traditional gets `en-US`: Simplified package texts would be the wrong script in a
 * Traditional page, while English is an official language of Hong Kong and the usual one for
 * product names there. Country names, the one provider text that matters most for finding a
 * destination, are shown in Traditional Chinese from `Intl.DisplayNames` instead (lib/catalog).
 */
export function providerLanguage(locale: Locale): ProviderLanguage {
  return locale === 'zh-CN' ? 'zh-CN' : 'en-US';
}

/** Whether the provider's own texts (country names) are already in the locale's language. */
export function providerSpeaks(locale: Locale): boolean {
  return locale === 'en' || locale === 'zh-CN';
}

/** Traditional Chinese and Cantonese tags go to Hong Kong Traditional; other Chinese to Simplified. */
const TRADITIONAL = /^(zh-(hant|hk|tw|mo)\b|yue\b)/;
const SIMPLIFIED = /^zh-hans\b/;

function localeOfTag(tag: string): Locale | undefined {
  if (SIMPLIFIED.test(tag)) return 'zh-CN';
  if (TRADITIONAL.test(tag)) return 'zh-HK';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return undefined;
}

/** Picks a shop locale from an Accept-Language header, q-values honoured. */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim().toLowerCase().replaceAll('_', '-'), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return defaultLocale;
}

/** The shop's locale: the customer's choice (the cookie's value) first, then Accept-Language. */
export function resolveLocaleFrom(chosen: string | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(chosen) ? chosen : negotiateLocale(acceptLanguage);
}
