import type { Metadata } from 'next';
import { PackageContent } from '@/components/packages/package-content';
import { packageMetadata } from '@/components/packages/package-metadata';
import { getPreferences } from '@/lib/catalog/preferences';
import { withAddresses } from '@/lib/seo/catalog-alternates';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale }, { id }] = await Promise.all([getPreferences(), params]);
  return withAddresses(await packageMetadata(id, locale), locale, `/packages/${id}`);
}

/**
 * A package rendered per request: the retry after a failure, an order form sent without JavaScript,
 * and a currency with no cached copies. Most views get the cached copy (`app/(catalog)`,
 * `lib/catalog/cached-routes.mjs`).
 */
export default async function PackagePage({ params }: Props) {
  const [{ id }, preferences] = await Promise.all([params, getPreferences()]);
  return <PackageContent id={id} preferences={preferences} />;
}
