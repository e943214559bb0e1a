import 'server-only';
import { recentPackageDetail } from '@/lib/catalog';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield } from '@/lib/linksfield';
import { inFlightDeadlineMs } from '@/lib/orders/in-flight';
import type { OrderRequest, Refusal } from '@/lib/orders/place-order';
import { placeOrderOnce } from '@/lib/orders/place-order-once';
import { limitRate } from '@/lib/rate-limit';
import { getSignedInCustomer, signOutCustomer } from '@/lib/session/customer-session';
import { getStores } from '@/lib/store';

export type PreOrderOutcome =
  | { kind: 'placed'; ref: string }
  | { kind: 'refused'; formError?: Refusal; fieldErrors?: { currency?: Refusal; periods?: Refusal } }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  /** The signed-in customer's provider session ended: they are signed out and must sign in again. */
  | { kind: 'signed_out' };

/**
 * Places the pre-order of one order form (its key, its checked request) for whoever is signed in,
 * or a guest: the per-account limit counts only a signed-in customer (a typed e-mail is anyone's),
 * then one pre-order per key (placeOrderOnce).
 */
export async function placePreOrder(key: string, request: OrderRequest, locale: Locale): Promise<PreOrderOutcome> {
  const customer = await getSignedInCustomer();
  const limit = await limitRate('preOrder', customer?.email ?? null);
  if (!limit.allowed) return { kind: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
  const env = getEnv();
  const result = await placeOrderOnce(key, request, locale, {
    client: getLinksfield(),
    recentPackage: recentPackageDetail,
    stores: getStores(),
    customer,
    partnerCode: env.partnerCode,
    inFlightMs: inFlightDeadlineMs(env),
  });
  if (result.ok) return { kind: 'placed', ref: result.ref };
  if (customer && result.tokenRefused) {
    await signOutCustomer();
    return { kind: 'signed_out' };
  }
  return { kind: 'refused', formError: result.formError, fieldErrors: result.fieldErrors };
}
