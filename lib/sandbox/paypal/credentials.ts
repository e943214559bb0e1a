/**
 * The stand-in's own REST credentials, for a shop that collects payments itself (PAYPAL_CLIENT_ID and
 * PAYPAL_CLIENT_SECRET) against the built-in sandbox: public by design, they only open the stand-in.
 */
export const SANDBOX_PAYPAL = {
  clientId: 'sandbox-shop-paypal-client-id',
  clientSecret: 'sandbox-shop-paypal-client-secret',
} as const;
