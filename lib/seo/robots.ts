import type { MetadataRoute } from 'next';

/**
 * Pages that belong to one person or one step of a purchase: nothing for a search engine, and an
 * order's or eSIM's address is its owner's key. Prefixes, as robots.txt reads them.
 */
export const PRIVATE_PATHS = ['/staff', '/api/', '/orders/', '/my-esims', '/sign-in', '/register', '/find-order'] as const;

/** robots.txt: the catalog is open to crawlers, the private pages are not, and the sitemap is named in full. */
export function shopRobots(shopUrl: string): MetadataRoute.Robots {
  const origin = shopUrl.replace(/\/+$/, '');
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [...PRIVATE_PATHS] }],
    sitemap: `${origin}/sitemap.xml`,
  };
}
