import { HomeContent } from '@/components/catalog/home-content';
import { getPreferences } from '@/lib/catalog/preferences';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The home page rendered per request: with a query (`?signedOut=1`), or when the visitor's language
 * must be negotiated. The plain view is served from the cache (`app/(catalog)`).
 */
export default async function HomePage({ searchParams }: Props) {
  const [preferences, params] = await Promise.all([getPreferences(), searchParams]);
  return <HomeContent preferences={preferences} signedOut={Boolean(params.signedOut)} />;
}
