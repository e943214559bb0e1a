import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { openGraph, SITE_NAME } from '@/lib/seo/open-graph';

/**
 * Every page's title template, description and Open Graph tags: the home page's, and the preview
 * of any page that has none of its own (country and package pages set theirs).
 */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: { default: t('title'), template: `%s · ${SITE_NAME}` },
    description: t('description'),
    openGraph: openGraph({ locale, title: t('title'), description: t('description') }, 'website'),
  };
}
