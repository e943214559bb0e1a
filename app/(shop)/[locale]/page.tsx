import type { Metadata } from 'next';
import { HomeContent } from '@/components/catalog/home-content';
import { getPreferences } from '@/lib/catalog/preferences';
import { siteMetadata } from '@/components/layout/site-metadata';
import { withAddresses } from '@/lib/seo/catalog-alternates';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getPreferences();
  return withAddresses({ openGraph: (await siteMetadata(locale)).openGraph }, locale, '');
}

/**
 * The home page rendered per request, after signing out (`?signedOut=1`, which it confirms). The
 * plain view is served from the cache (`app/(catalog)`, `lib/catalog/cached-routes.mjs`).
 */
export default async function HomePage({ searchParams }: Props) {
  const [preferences, params] = await Promise.all([getPreferences(), searchParams]);
  return <HomeContent preferences={preferences} signedOut={Boolean(params.signedOut)} />;
}
