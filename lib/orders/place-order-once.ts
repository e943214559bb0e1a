import 'server-only';
import { createHash } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import { expirePendingPreOrder } from '@/lib/orders/expire-pre-order';
import { cutOffBefore } from '@/lib/orders/in-flight';
import { placeOrder, type OrderRequest, type PlaceOrderResult } from '@/lib/orders/place-order';

type Dependencies = Parameters<typeof placeOrder>[2] & {
  /** How long a second submission waits for the first one to finish. */
  waitMs?: number;
  /** How long a pre-order may be under way before it counts as cut off (lib/orders/in-flight.ts). */
  inFlightMs: number;
};

/** The order a form submission asks for, so one key cannot be reused for a different order. */
export function orderFingerprint(request: OrderRequest): string {
  const text = [request.packageId, request.packageCode, request.currency, request.quantity, request.periods, request.email.toLowerCase()].join('|');
  return createHash('sha256').update(text).digest('hex');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One pre-order per order form, whatever the browser does (double click, second tab, re-sent POST):
 * the key minted with the form is claimed in the store under a unique constraint, and every
 * submission with it lands on the same order.
 */
export async function placeOrderOnce(
  key: string,
  request: OrderRequest,
  locale: Locale,
  deps: Dependencies,
): Promise<PlaceOrderResult> {
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  const fingerprint = orderFingerprint(request);
  const claim = await deps.stores.formKeys.claim({ key, fingerprint, request: JSON.stringify(request), now: now() });

  if (!claim.claimed) {
    let existing = claim.existing;
    if (existing.fingerprint !== fingerprint) return { ok: false, formError: { key: 'orderForm.errors.keyReused' } };
    // The first submission is still at the provider: wait for it rather than send a second.
    const deadline = Date.now() + (deps.waitMs ?? 15_000);
    while (existing.state === 'pending' && Date.now() < deadline) {
      await sleep(200);
      existing = (await deps.stores.formKeys.find(key)) ?? existing;
    }
    if (existing.state === 'pending') {
      // Pending for longer than any live pre-order takes: the submission that claimed it was cut off.
      const before = cutOffBefore(deps.now?.() ?? new Date(), deps.inFlightMs);
      if (await expirePendingPreOrder(existing, before, deps)) existing = { ...existing, state: 'unconfirmed' };
    }
    if (existing.state === 'done' && existing.orderRef) return { ok: true, ref: existing.orderRef };
    if (existing.state === 'unconfirmed') return { ok: false, formError: { key: 'orderForm.errors.unconfirmed' } };
    return { ok: false, formError: { key: 'orderForm.errors.inProgress' } };
  }

  let result: PlaceOrderResult;
  try {
    // A placed order closes the key as `done` in the same transaction that stores it.
    result = await placeOrder(request, locale, { ...deps, formKey: key });
  } catch (error) {
    // Storing the order failed after the provider answered: keep the key from being used again.
    await deps.stores.formKeys.finish(key, { state: 'unconfirmed', request: JSON.stringify(request) }, now());
    throw error;
  }
  if (result.ok) return result;
  if (result.unconfirmed) {
    await deps.stores.formKeys.finish(key, { state: 'unconfirmed', request: result.unconfirmed.request }, now());
  } else {
    await deps.stores.formKeys.finish(key, { state: 'refused' }, now());
  }
  return result;
}
