import { buildPolicy } from './csp-directives.mjs';

/** The request header that carries the nonce from `proxy.ts` to Server Components. */
export const NONCE_HEADER = 'x-nonce';

export type CspOptions = {
  /** Fresh for every response: base64 of 16 random bytes (see `createNonce`). */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with `eval`, and dev styles arrive without a nonce. */
  dev: boolean;
  /** Served over HTTPS: lets the browser upgrade any stray http:// subresource. Never on plain http. */
  https: boolean;
  /** Hosts this page may also load from: PayPal's on the payment page (`payment-page-csp.ts`). */
  thirdParty?: readonly string[];
};

// Only base64 can go into the header: anything else could end the directive and add one of its own.
const NONCE_PATTERN = /^[A-Za-z0-9+/]{22,}={0,2}$/;

/** 128 random bits, base64: unguessable, and new for each request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The shop's Content-Security-Policy: its own origin only, scripts by nonce (`'strict-dynamic'`
 * passes trust on to the chunks Next's own scripts load), no framing, no plugins. The directives are
 * shared with the static pages' hash policy (`csp-directives.mjs`, `static-csp.mjs`).
 */
export function buildCsp({ nonce, dev, https, thirdParty = [] }: CspOptions): string {
  if (!NONCE_PATTERN.test(nonce)) throw new Error('CSP nonce: expected base64 of at least 16 random bytes');
  return buildPolicy({
    scriptSources: [`'nonce-${nonce}'`, "'strict-dynamic'"],
    // Next puts the nonce on the <style> elements it renders; `next dev` injects styles from JS without one.
    styleSources: [dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    dev,
    https,
    thirdParty,
  });
}
