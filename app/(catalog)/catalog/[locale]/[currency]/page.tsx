import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { HomeContent } from '@/components/catalog/home-content';
import { catalogPreferences } from '@/lib/catalog/catalog-variant';

/** The home page as most visitors get it: `/` rewritten here by language and currency (`next.config.mjs`). */
export default async function CachedHomePage({ params }: { params: Promise<{ locale: string; currency: string }> }) {
  const preferences = catalogPreferences(await params);
  if (!preferences) notFound();
  setRequestLocale(preferences.locale);
  return <HomeContent preferences={preferences} signedOut={false} />;
}
