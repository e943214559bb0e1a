import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { findPackage } from '@/lib/catalog/package-detail';
import { unlessProviderFails } from '@/lib/catalog/provider-failure';
import type { Locale } from '@/lib/i18n/locales';
import { openGraph } from '@/lib/seo/open-graph';

/**
 * A package page's title, description and link preview (`og:type` `product` comes from the page,
 * `OpenGraphProductType`); nothing of its own when the package cannot be read.
 */
export async function packageMetadata(id: string, locale: Locale): Promise<Metadata> {
  const pkg = await unlessProviderFails(findPackage(id, locale));
  if (!pkg) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  const description = pkg.shortDescription || pkg.description || t('description');
  return { title: pkg.name, description, openGraph: openGraph({ locale, title: pkg.name, description }, 'product') };
}
