import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';

/** Every page's title template and description; addresses in metadata are made absolute on SHOP_URL. */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    metadataBase: new URL(getEnv().shopUrl),
    title: { default: t('title'), template: `%s · eSIM QR Mall` },
    description: t('description'),
  };
}
