import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { CATALOG_LOCALES, cachedCatalogRewrites } from './lib/catalog/cached-routes.mjs';
import { ACTION_BODY_LIMIT_BYTES } from './lib/security/action-body-limit.mjs';
import { NON_PAGE_SOURCES, nonPageHeaders, securityHeaders } from './lib/security/security-headers.mjs';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // Addresses that match no page get `app/global-not-found.tsx`, outside every layout. A root
    // `not-found.tsx` would be rendered into every page's payload, the cached catalog pages
    // included, and it has to read the request for the visitor's language.
    globalNotFound: true,
    // The message files are compiled at build time: pages then format with a small runtime instead of
    // shipping and running the ICU parser (see docs/benchmark.md).
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The benchmark runs a second shop, with another catalog, from a copy of the build: cached pages
  // are files under the build directory, and two shops with different catalogs must not share them.
  distDir: process.env.SHOP_DIST_DIR || '.next',
  poweredByHeader: false,
  // better-sqlite3 is a native addon, the mail libraries are Node's own: load them from node_modules
  // at run time, never bundle them.
  serverExternalPackages: ['better-sqlite3', 'nodemailer', 'smtp-server', 'mailparser'],
  experimental: {
    // The shop's forms (order, payment, sign-in, staff) send a few hundred bytes; Next's default is 1 MB.
    // `proxy.ts` answers a larger body with 413 before Next reads it (Next itself would answer 500).
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // `unauthorized()` and `forbidden()`: a staff action without a staff session answers 401 with a page.
    authInterrupts: true,
    // With a proxy, Next buffers each request body (10 MB by default) so that both the proxy and the
    // route can read it, and silently cuts it at this size. Kept well above the action limit so a
    // cut body still exceeds it and is refused rather than half-read.
    proxyClientMaxBodySize: '256kb',
  },
  // Gives each cached page a Content-Security-Policy with the hashes of its inline scripts: a cached
  // page cannot carry a per-request nonce (docs/static-catalog.md). An absolute path: Next joins a
  // relative one onto `.next/`.
  cacheHandler: fileURLToPath(new URL('./lib/security/csp-cache-handler.mjs', import.meta.url)),
  // The catalog pages most visits start on are served from the cache, by the address's language and
  // the currency cookie (`lib/catalog/cached-routes.mjs`, docs/static-catalog.md).
  async rewrites() {
    return { beforeFiles: cachedCatalogRewrites(), afterFiles: [], fallback: [] };
  },
  async headers() {
    // `next build` runs with NODE_ENV=production, `next dev` with development.
    return [
      { source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) },
      // Pages get their policy from the proxy or the cache handler; these answers never meet either.
      ...NON_PAGE_SOURCES.map((source) => ({ source, headers: nonPageHeaders() })),
      // A catalog page is the copy of the visitor's currency, a cookie: a shared cache in front must
      // keep one per Cookie header. (The language is the address's own.)
      { source: `/:locale(${CATALOG_LOCALES.join('|')})/:path*`, headers: [{ key: 'Vary', value: 'Cookie' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
