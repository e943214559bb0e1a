import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { findCountry } from '@/components/catalog/country-content';
import type { Locale } from '@/lib/i18n/locales';
import { openGraph } from '@/lib/seo/open-graph';

/** A country page's title, description and link preview; nothing of its own when it cannot be read. */
export async function countryMetadata(mcc: string, locale: Locale): Promise<Metadata> {
  const country = await findCountry(mcc, locale);
  if (!country) return {};
  const t = await getTranslations({ locale, namespace: 'country' });
  const title = t('title', { country: country.name });
  const description = t('description', { country: country.name });
  return { title, description, openGraph: openGraph({ locale, title, description }, 'website') };
}
