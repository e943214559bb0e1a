import type { Metadata } from 'next';
import { CountryContent } from '@/components/catalog/country-content';
import { countryMetadata } from '@/components/catalog/country-metadata';
import { packageQuerySchema } from '@/lib/catalog/package-query';
import { getPreferences } from '@/lib/catalog/preferences';
import { withAddresses } from '@/lib/seo/catalog-alternates';

type Props = {
  params: Promise<{ mcc: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale }, { mcc }] = await Promise.all([getPreferences(), params]);
  return withAddresses(await countryMetadata(mcc, locale), locale, `/countries/${mcc}`);
}

/**
 * A country's packages rendered per request: sorted, filtered or a later page. The plain first page
 * is served from the cache (`app/(catalog)`, `lib/catalog/cached-routes.mjs`).
 */
export default async function CountryPage({ params, searchParams }: Props) {
  const [{ mcc }, preferences, query] = await Promise.all([
    params,
    getPreferences(),
    searchParams.then((raw) => packageQuerySchema.parse(raw)),
  ]);
  return <CountryContent mcc={mcc} preferences={preferences} query={query} />;
}
