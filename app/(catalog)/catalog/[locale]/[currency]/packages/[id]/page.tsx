import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { PackageContent } from '@/components/packages/package-content';
import { packageMetadata } from '@/components/packages/package-metadata';
import { catalogPreferences } from '@/lib/catalog/catalog-variant';
import { withAddresses } from '@/lib/seo/catalog-alternates';

type Props = { params: Promise<{ locale: string; currency: string; id: string }> };

// Each package is rendered on its first view and then cached, like the layout's variants.
export function generateStaticParams(): { id: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...variant } = await params;
  const preferences = catalogPreferences(variant);
  if (!preferences) return {};
  setRequestLocale(preferences.locale);
  return withAddresses(await packageMetadata(id, preferences.locale), preferences.locale, `/packages/${id}`);
}

/** A package and its order form, as most visitors get it; the form's key is minted in the browser. */
export default async function CachedPackagePage({ params }: Props) {
  const { id, ...variant } = await params;
  const preferences = catalogPreferences(variant);
  if (!preferences) notFound();
  setRequestLocale(preferences.locale);
  return <PackageContent id={id} preferences={preferences} />;
}
