import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { HomeContent } from '@/components/catalog/home-content';
import { catalogPreferences } from '@/lib/catalog/catalog-variant';
import { siteMetadata } from '@/components/layout/site-metadata';
import { withAddresses } from '@/lib/seo/catalog-alternates';

type Params = { locale: string; currency: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const preferences = catalogPreferences(await params);
  if (!preferences) return {};
  return withAddresses({ openGraph: (await siteMetadata(preferences.locale)).openGraph }, preferences.locale, '');
}

/** The home page as most visitors get it: `/en` rewritten here by currency (`next.config.mjs`). */
export default async function CachedHomePage({ params }: { params: Promise<Params> }) {
  const preferences = catalogPreferences(await params);
  if (!preferences) notFound();
  setRequestLocale(preferences.locale);
  return <HomeContent preferences={preferences} signedOut={false} />;
}
