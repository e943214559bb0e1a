// @ts-check
// Plain JavaScript: the ISR cache handler (`csp-cache-handler.mjs`), which `next start` loads with
// Node's own loader, builds the static pages' policy from this too, and it cannot read TypeScript.

/**
 * The shop's Content-Security-Policy, the one list of directives for both kinds of page:
 * - pages rendered per request (`buildCsp`, from `proxy.ts`): scripts and styles by nonce;
 * - static pages served from Next's cache (`buildStaticCsp`): scripts and styles by hash.
 * Only `script-src` and `style-src` differ between them; `'self'` comes first in both.
 *
 * @param {{ scriptSources: readonly string[]; styleSources: readonly string[]; dev: boolean; https: boolean; thirdParty?: readonly string[] }} options
 *   `scriptSources`/`styleSources`: what follows `'self'` (nonce, hashes, keywords).
 *   `thirdParty`: hosts one page may load scripts, frames, images and calls from (PayPal's SDK on
 *   the payment page only, `lib/security/payment-page-csp.ts`); none elsewhere.
 *   `dev`: `next dev`, where React rebuilds server error stacks with `eval`.
 *   `https`: served over HTTPS, so the browser may upgrade a stray http:// subresource.
 * @returns {string}
 */
export function buildPolicy({ scriptSources, styleSources, dev, https, thirdParty = [] }) {
  for (const source of [...scriptSources, ...styleSources, ...thirdParty]) {
    // A space, `;` or `,` would start another source, directive or policy.
    if (!SOURCE_PATTERN.test(source)) throw new Error(`CSP source: refusing ${JSON.stringify(source)}`);
  }
  /** @type {string[][]} */
  const directives = [
    ['default-src', "'self'"],
    // With 'strict-dynamic' a CSP 3 browser ignores host sources in script-src (the SDK's script is
    // trusted because a nonced script adds it); older browsers read the hosts instead.
    ['script-src', "'self'", ...scriptSources, ...thirdParty, ...(dev ? ["'unsafe-eval'"] : [])],
    // No `style-src-attr`: it falls back to `style-src`, so no style attribute applies. The shop
    // sets none (the QR code's size is the SVG's own width); the e2e suite watches for violations.
    ['style-src', "'self'", ...styleSources],
    ['img-src', "'self'", 'data:', 'blob:', ...thirdParty],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...thirdParty],
    ...(thirdParty.length > 0 ? [['frame-src', "'self'", ...thirdParty], ['child-src', "'self'", ...thirdParty]] : []),
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (https && !dev) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

const SOURCE_PATTERN = /^[^\s;,]+$/;

/**
 * The policy of an answer that is not one of the shop's pages: built files, the provider sandbox's
 * JSON, the proxy's redirects and refusals. It may load nothing, and no one may frame it.
 */
export const NOTHING_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
