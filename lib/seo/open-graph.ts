import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n/locales';

/** The shop's name as link previews show it beside a page's own title. */
export const SITE_NAME = 'eSIM QR Mall';

/** Open Graph writes a locale as language_TERRITORY. */
const OG_LOCALES: Record<Locale, string> = { en: 'en_US', 'zh-CN': 'zh_CN', 'zh-HK': 'zh_HK' };

export const openGraphLocale = (locale: Locale) => OG_LOCALES[locale];

type OpenGraphPage = { locale: Locale; title: string; description: string };

/**
 * A page's Open Graph tags for link previews (chat apps, social sites). `website` for the shop's
 * pages; a package is `product`, which Next's metadata cannot write (its `type` knows no
 * `product`), so there `type` is left out and the page renders that one tag itself
 * (`components/seo/open-graph-product-type.tsx`). No `url`: the page's address is set with its
 * canonical address, beside this.
 */
export function openGraph({ locale, title, description }: OpenGraphPage, type: 'website' | 'product'): NonNullable<Metadata['openGraph']> {
  const common = { title, description, siteName: SITE_NAME, locale: openGraphLocale(locale) };
  return type === 'website' ? { ...common, type } : common;
}
