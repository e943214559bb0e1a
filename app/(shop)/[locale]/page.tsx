import type { Metadata } from 'next';
import { HomeContent } from '@/components/catalog/home-content';
import { getPreferences } from '@/lib/catalog/preferences';
import { catalogAlternates } from '@/lib/seo/catalog-alternates';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: catalogAlternates((await getPreferences()).locale, '') };
}

/**
 * The home page rendered per request, after signing out (`?signedOut=1`, which it confirms). The
 * plain view is served from the cache (`app/(catalog)`, `lib/catalog/cached-routes.mjs`).
 */
export default async function HomePage({ searchParams }: Props) {
  const [preferences, params] = await Promise.all([getPreferences(), searchParams]);
  return <HomeContent preferences={preferences} signedOut={Boolean(params.signedOut)} />;
}
