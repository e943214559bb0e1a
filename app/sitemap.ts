import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';
import { sitemapEntries } from '@/lib/seo/sitemap-entries';

// Read from the catalog when a crawler asks, never at build time (no provider answers then).
export const dynamic = 'force-dynamic';

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(getEnv().shopUrl);
}
