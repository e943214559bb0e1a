import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { CountryContent } from '@/components/catalog/country-content';
import { countryMetadata } from '@/components/catalog/country-metadata';
import { catalogPreferences } from '@/lib/catalog/catalog-variant';
import { packageQuerySchema } from '@/lib/catalog/package-query';
import { withAddresses } from '@/lib/seo/catalog-alternates';

type Props = { params: Promise<{ locale: string; currency: string; mcc: string }> };

// Each country is rendered on its first view and then cached, like the layout's variants.
export function generateStaticParams(): { mcc: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { mcc, ...variant } = await params;
  const preferences = catalogPreferences(variant);
  if (!preferences) return {};
  setRequestLocale(preferences.locale);
  return withAddresses(await countryMetadata(mcc, preferences.locale), preferences.locale, `/countries/${mcc}`);
}

/** A country's first page, default sort, no filter, as most visitors get it (see the home page beside it). */
export default async function CachedCountryPage({ params }: Props) {
  const { mcc, ...variant } = await params;
  const preferences = catalogPreferences(variant);
  if (!preferences) notFound();
  setRequestLocale(preferences.locale);
  return <CountryContent mcc={mcc} preferences={preferences} query={packageQuerySchema.parse({})} />;
}
