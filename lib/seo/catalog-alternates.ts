import type { Metadata } from 'next';
import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * A catalog page's canonical address and its other languages (`hreflang`), relative to the site's
 * `metadataBase` (SHOP_URL). `rest` is the part after the language: `` for the home page,
 * `/countries/440`, `/packages/1000000`. A sorted or filtered view names its plain page as canonical.
 * `x-default` is the address without a language, which sends each visitor to theirs.
 */
export function catalogAlternates(locale: Locale, rest: string): { canonical: string; languages: Record<string, string> } {
  const languages: Record<string, string> = Object.fromEntries(locales.map((other) => [other, `/${other}${rest}`]));
  languages['x-default'] = rest || '/';
  return { canonical: `/${locale}${rest}`, languages };
}

/**
 * A catalog page's metadata with its addresses: canonical, the other languages, and the same
 * canonical address as the link preview's `og:url`. Next replaces a page's whole `openGraph` rather
 * than merging it with the layout's, so the page's own tags are kept here.
 */
export function withAddresses(metadata: Metadata, locale: Locale, rest: string): Metadata {
  const alternates = catalogAlternates(locale, rest);
  return { ...metadata, alternates, openGraph: { ...metadata.openGraph, url: alternates.canonical } };
}
