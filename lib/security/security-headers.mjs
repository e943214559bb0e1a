// @ts-check
// Plain JavaScript: `next.config.mjs` imports this with Node's own loader, which cannot read TypeScript.
import { NOTHING_POLICY } from './csp-directives.mjs';

/**
 * Headers for every response, static chunks included (`headers()` in `next.config.mjs`). The
 * Content-Security-Policy is not here: it carries a per-request nonce, so `proxy.ts` sets it.
 *
 * @param {{ production: boolean }} options
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders({ production }) {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Order pages ask for no referrer at all with their own meta tag; this is the floor elsewhere.
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // Older browsers' spelling of `frame-ancestors 'none'`.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // Browsers ignore HSTS over plain http, but it belongs to the production site only.
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

// Features the shop never uses are off for it and for anything it embeds. `interest-cohort` (FLoC)
// is gone from browsers, and Chromium logs an error for unknown features: `browsing-topics` replaced it.
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=(self)',
  'usb=()',
].join(', ');

/**
 * The answers `proxy.ts` never sees that are not pages: built files and the provider sandbox. The
 * proxy gives every other answer its policy, so these get theirs here (`headers()` in
 * `next.config.mjs`), one that allows nothing; the two sets never overlap (`proxy-matcher.test.ts`).
 * `:path+`, not `:path*`: `/api/sandbox` alone goes through the proxy.
 */
export const NON_PAGE_SOURCES = ['/_next/static/:path+', '/_next/image', '/api/sandbox/:path+'];

/** @returns {{ key: string; value: string }[]} */
export function nonPageHeaders() {
  return [{ key: 'Content-Security-Policy', value: NOTHING_POLICY }];
}
