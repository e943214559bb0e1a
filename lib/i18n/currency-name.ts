const namesByLocale = new Map<string, Intl.DisplayNames>();

/**
 * A currency's name in the page's language, from Intl's CLDR data ("港元" on a Hong Kong page, where
 * the provider, which speaks only English and Simplified Chinese, says "Hong Kong Dollar"), or
 * undefined for a code Intl does not know.
 */
export function currencyName(code: string, locale: string): string | undefined {
  if (!/^[A-Za-z]{3}$/.test(code)) return undefined;
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' });
    namesByLocale.set(locale, names);
  }
  return names.of(code.toUpperCase()) || undefined;
}
