import { describe, expect, it, vi } from 'vitest';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { sandboxForTests } from '@/lib/test-support/sandbox-client';
import { ProviderUnavailableError } from '@/lib/linksfield/errors';
import { orderFingerprint, placeOrderOnce } from '@/lib/orders/place-order-once';
import type { OrderRequest } from '@/lib/orders/place-order';
import { newIdempotencyKey } from '@/lib/store/records';
import { memoryStores } from '@/lib/test-support/databases';
import { sampleOrderRequest } from '@/lib/test-support/sample-order';

const provider = sandboxForTests('place-order-once-token');

const request: OrderRequest = sampleOrderRequest({ email: 'once@example.com' });

function setup(preOrder: LinksfieldClient['preOrder'] = provider.client.preOrder) {
  const stores = memoryStores();
  const spy = vi.fn(preOrder);
  return { stores, spy, deps: { client: { getPackage: provider.client.getPackage, preOrder: spy }, stores, waitMs: 5000, inFlightMs: 60_000 } };
}

describe('placeOrderOnce', () => {
  it('turns concurrent submissions of one form into one pre-order and one confirmation', async () => {
    const { spy, deps } = setup();
    const key = newIdempotencyKey();
    const results = await Promise.all(Array.from({ length: 5 }, () => placeOrderOnce(key, request, 'en', deps)));
    expect(spy).toHaveBeenCalledTimes(1);
    const refs = new Set(results.map((result) => (result.ok ? result.ref : 'refused')));
    expect(refs.size).toBe(1);
    expect([...refs][0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // A later re-sent POST lands on the same order too.
    expect(await placeOrderOnce(key, request, 'en', deps)).toEqual(results[0]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('refuses the same key for a different order', async () => {
    const { spy, deps } = setup();
    const key = newIdempotencyKey();
    await placeOrderOnce(key, request, 'en', deps);
    const other = await placeOrderOnce(key, { ...request, quantity: 2 }, 'en', deps);
    expect(other).toEqual({ ok: false, formError: { key: 'orderForm.errors.keyReused' } });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('records a pre-order without an answer as unconfirmed and never sends it again', async () => {
    const { spy, deps, stores } = setup(async () => {
      throw new ProviderUnavailableError('/v1.1/package/preOrderPackage', 'timeout');
    });
    const key = newIdempotencyKey();
    const first = await placeOrderOnce(key, request, 'en', deps);
    expect(first).toMatchObject({ ok: false, formError: { key: 'orderForm.errors.unconfirmed' } });
    expect(await stores.formKeys.listUnconfirmed(10)).toEqual([expect.objectContaining({ key, state: 'unconfirmed' })]);
    expect(JSON.parse((await stores.formKeys.find(key))!.request!)).toMatchObject({ id: 1000000, packageNum: 1 });
    const again = await placeOrderOnce(key, request, 'en', deps);
    expect(again).toEqual({ ok: false, formError: { key: 'orderForm.errors.unconfirmed' } });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await stores.orders.listRecent(10)).toEqual([]);
  });

  it('answers a retry of a form whose pre-order was cut off (a crash) with unconfirmed, once past the deadline', async () => {
    const { spy, deps, stores } = setup();
    const key = newIdempotencyKey();
    // What a crash during the pre-order leaves: the key claimed, pending, and nobody to finish it.
    await stores.formKeys.claim({ key, fingerprint: orderFingerprint(request), request: JSON.stringify(request), now: '2026-11-26T10:00:00.000Z' });
    const retry = await placeOrderOnce(key, request, 'en', { ...deps, waitMs: 0, inFlightMs: 60_000 });
    expect(retry).toEqual({ ok: false, formError: { key: 'orderForm.errors.unconfirmed' } });
    expect(spy).not.toHaveBeenCalled();
    expect(await stores.formKeys.find(key)).toMatchObject({ state: 'unconfirmed', request: JSON.stringify(request) });
    expect(await stores.recovery.list(10)).toEqual([expect.objectContaining({ action: 'pre_order_unconfirmed', idempotencyKey: key })]);
  });

  it('tells a retry to wait while the first submission may still be at the provider', async () => {
    const { spy, deps, stores } = setup();
    const key = newIdempotencyKey();
    await stores.formKeys.claim({ key, fingerprint: orderFingerprint(request), request: '{}', now: new Date().toISOString() });
    const retry = await placeOrderOnce(key, request, 'en', { ...deps, waitMs: 0, inFlightMs: 60_000 });
    expect(retry).toEqual({ ok: false, formError: { key: 'orderForm.errors.inProgress' } });
    expect(spy).not.toHaveBeenCalled();
    expect(await stores.formKeys.find(key)).toMatchObject({ state: 'pending' });
  });

  it('lets a refused form try again once the customer fixes it', async () => {
    const { spy, deps } = setup();
    const key = newIdempotencyKey();
    const refused = await placeOrderOnce(key, { ...request, currency: 'EUR' }, 'en', deps);
    expect(refused.ok).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    // Nothing reached the provider, so the corrected form goes through under the same key...
    const fixed = await placeOrderOnce(key, request, 'en', deps);
    expect(fixed.ok).toBe(true);
    expect(spy).toHaveBeenCalledTimes(1);
    // ...and from then on the key belongs to that order.
    expect(await placeOrderOnce(key, { ...request, quantity: 3 }, 'en', deps)).toEqual({
      ok: false,
      formError: { key: 'orderForm.errors.keyReused' },
    });
  });
});
