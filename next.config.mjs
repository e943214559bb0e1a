import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security/security-headers.mjs';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // The message files are compiled at build time: pages then format with a small runtime instead of
    // shipping and running the ICU parser (see docs/benchmark.md).
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  experimental: {
    // The shop's forms (order, payment, sign-in, staff) send a few hundred bytes; Next's default is 1 MB.
    serverActions: { bodySizeLimit: '64kb' },
    // With a proxy, Next buffers each request body (10 MB by default) so that both the proxy and the
    // route can read it, and silently cuts it at this size. Kept well above the action limit so a
    // cut body still exceeds it and is refused rather than half-read.
    proxyClientMaxBodySize: '256kb',
  },
  async headers() {
    // `next build` runs with NODE_ENV=production, `next dev` with development.
    return [{ source: '/:path*', headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }) }];
  },
};

export default withNextIntl(nextConfig);
