const namesByLocale = new Map<string, Intl.DisplayNames>();

/**
 * The everyday name of a region in a language, from Intl's CLDR data (`short`: 香港, not
 * 中國香港特別行政區), or undefined for a code Intl does not know.
 */
export function regionName(iso2: string, locale: string): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(iso2)) return undefined;
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', style: 'short', fallback: 'none' });
    namesByLocale.set(locale, names);
  }
  return names.of(iso2.toUpperCase()) || undefined;
}
