/** Where @paypal/react-paypal-js loads PayPal's JS SDK from when no `sdkBaseUrl` is given. */
const PAYPAL_SDK = 'https://www.paypal.com/sdk/js';

/**
 * Whether this document's Content-Security-Policy lets PayPal's SDK in. Only the order page's own
 * policy names the SDK's origin (lib/security/payment-page-csp.ts), and a client-side navigation to
 * it (the pre-order's redirect, a link) keeps the policy of the page the document was loaded as: an
 * SDK on another origin is then refused, so the order page must be loaded as a document first.
 *
 * `loadedAs` is the document's own address (the navigation timing entry's `name`).
 */
export function policyAllowsSdk(sdkBaseUrl: string | undefined, here: string, loadedAs: string | undefined): boolean {
  const current = new URL(here);
  if (new URL(sdkBaseUrl ?? PAYPAL_SDK, current).origin === current.origin) return true;
  return loadedAs !== undefined && new URL(loadedAs, current).pathname === current.pathname;
}
