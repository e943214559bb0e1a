import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { APPLE_TOUCH_ICON } from '@/lib/seo/app-icons';
import { openGraph, SITE_NAME } from '@/lib/seo/open-graph';

/**
 * Every page's title template, description, home-screen icon for iOS and Open Graph tags: the home
 * page's, and the preview of any page that has none of its own (country and package pages set theirs).
 * Addresses in metadata are made absolute on SHOP_URL.
 */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    metadataBase: new URL(getEnv().shopUrl),
    title: { default: t('title'), template: `%s · ${SITE_NAME}` },
    description: t('description'),
    // Naming any icon here makes Next drop its link to app/icon.svg (the tab's), so that one is named
    // too. Android takes its icons from the manifest (app/manifest.ts).
    icons: {
      icon: [{ url: '/icon.svg', type: 'image/svg+xml' }],
      apple: [{ url: `/${APPLE_TOUCH_ICON.file}`, sizes: `${APPLE_TOUCH_ICON.size}x${APPLE_TOUCH_ICON.size}` }],
    },
    openGraph: openGraph({ locale, title: t('title'), description: t('description') }, 'website'),
  };
}
