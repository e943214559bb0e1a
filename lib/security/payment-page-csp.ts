import 'server-only';
import { getEnv, type ShopEnv } from '@/lib/env';
import { locales } from '@/lib/i18n/locales';

/** PayPal's JS SDK: its script, its API calls, its checkout windows and its images (docs/payments.md). */
export const PAYPAL_HOSTS = ['https://*.paypal.com', 'https://*.paypalobjects.com'] as const;

// An order's page, with or without a language in front: the only page that offers to pay.
const PAYMENT_PAGE = new RegExp(`^(?:/(?:${locales.join('|')}))?/orders/[^/]+/?$`);

export function isPaymentPage(pathname: string): boolean {
  return PAYMENT_PAGE.test(pathname);
}

/**
 * The hosts the payment page may load from besides its own origin: PayPal's when the buttons load
 * PayPal's real SDK, the SDK's origin when `PAYPAL_SDK_BASE_URL` names another one, nothing for the
 * sandbox's stand-in (served by the shop itself) or when PayPal is not offered.
 */
export function payPalSources(env: Pick<ShopEnv, 'paymentMethods' | 'paypal'>): readonly string[] {
  if (!env.paymentMethods.includes('paypal')) return [];
  const sdk = env.paypal.sdkBaseUrl;
  if (!sdk) return PAYPAL_HOSTS;
  return /^https?:\/\//.test(sdk) ? [new URL(sdk).origin] : [];
}

/** What `proxy.ts` adds to the policy of the page at `pathname`. */
export function thirdPartySourcesFor(pathname: string): readonly string[] {
  return isPaymentPage(pathname) ? payPalSources(getEnv()) : [];
}
