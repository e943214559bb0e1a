import { describe, expect, it, vi } from 'vitest';
import { SANDBOX_DEFAULTS } from '@/lib/env';
import { createLinksfieldClient } from '@/lib/linksfield/client';
import { sandboxForTests } from '@/lib/test-support/sandbox-client';
import { ProviderUnavailableError } from '@/lib/linksfield/errors';
import { placeOrder, type OrderRequest } from '@/lib/orders/place-order';
import { memoryStores } from '@/lib/test-support/databases';
import { sampleOrderRequest } from '@/lib/test-support/sample-order';

const provider = sandboxForTests('place-order-test-token');

const request: OrderRequest = sampleOrderRequest({ quantity: 2, email: 'traveller@example.com' });

/** The real client, with the pre-order watched: refusals must never reach it. */
function watched() {
  const stores = memoryStores();
  const preOrder = vi.fn(provider.client.preOrder);
  return { stores, preOrder, deps: { client: { getPackage: provider.client.getPackage, preOrder }, stores } };
}

describe('placeOrder', () => {
  it('pre-orders at the server price and stores the order under a random reference', async () => {
    const { stores, preOrder, deps } = watched();
    const result = await placeOrder(request, 'en', deps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await stores.orders.findByRef(result.ref);
    expect(stored).toMatchObject({ email: 'traveller@example.com', quantity: 2, moneyMinor: 1000, currency: 'USD' });
    expect(stored?.provider.amountMinor).toBe(1000);
    expect(result.ref).not.toContain(String(stored?.provider.orderId));
    expect(preOrder).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a currency the package does not offer', { currency: 'XXX' }, 'currencyNotOffered'],
    ['a period count out of range', { periods: 2 }, 'orderForm.errors.periods'],
    ['a package that does not exist', { packageId: 999999999 }, 'packageUnavailable'],
    ['a tampered package code', { packageCode: 'LP00000000000000' }, 'tampered'],
  ])('refuses %s without a pre-order or a stored order', async (_name, change, key) => {
    const { preOrder, deps } = watched();
    const result = await placeOrder({ ...request, ...change }, 'en', deps);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain(key);
    expect(preOrder).not.toHaveBeenCalled();
  });

  it('stores no order when the provider does not answer, and says the pre-order is unconfirmed', async () => {
    const { stores, deps } = watched();
    const insert = vi.spyOn(stores.orders, 'insert');
    const failing = {
      ...deps,
      client: {
        getPackage: provider.client.getPackage,
        preOrder: vi.fn(async () => {
          throw new ProviderUnavailableError('/v1.1/package/preOrderPackage', 'timeout');
        }),
      },
    };
    const result = await placeOrder(request, 'en', failing);
    // Sent without an answer: reported as unconfirmed (the idempotency key keeps it from being resent).
    expect(result).toMatchObject({ ok: false, formError: { key: 'orderForm.errors.unconfirmed' }, unconfirmed: {} });
    expect(insert).not.toHaveBeenCalled();
  });

  it('passes the provider code to the customer message', async () => {
    const { deps } = watched();
    const refusing = createLinksfieldClient({
      baseUrl: provider.sandbox.url,
      timeoutMs: 5000,
      partnerCode: SANDBOX_DEFAULTS.partnerCode,
      accessToken: 'not-a-valid-token',
    });
    const result = await placeOrder(request, 'en', { ...deps, client: refusing });
    expect(result).toEqual({ ok: false, formError: { key: 'providerErrors.code7', values: { code: 7 } }, tokenRefused: true });
  });

  describe('with a copy of the package from the last minute', () => {
    const fresh = () => provider.client.getPackage(request.packageId, 'en');

    it('pre-orders from the copy without reading the package again', async () => {
      const { stores, preOrder, deps } = watched();
      const copy = await fresh();
      const getPackage = vi.fn(provider.client.getPackage);
      const result = await placeOrder(request, 'en', { ...deps, client: { getPackage, preOrder }, recentPackage: () => copy });
      expect(result.ok).toBe(true);
      expect(getPackage).not.toHaveBeenCalled();
      expect(preOrder).toHaveBeenCalledTimes(1);
      if (result.ok) expect((await stores.orders.findByRef(result.ref))?.provider.amountMinor).toBe(1000);
    });

    it('a refusal of a pre-order made from the copy is the answer: the pre-order is never sent twice', async () => {
      const { preOrder, deps } = watched();
      const current = await fresh();
      // The copy says 4.00 a period; the provider now sells at 5.00 and refuses the wrong money.
      const outdated = { ...current, prices: current.prices.map((price) => ({ ...price, amountMinor: price.amountMinor - 100 })) };
      const getPackage = vi.fn(provider.client.getPackage);
      const result = await placeOrder(request, 'en', { ...deps, client: { getPackage, preOrder }, recentPackage: () => outdated });
      expect(result.ok).toBe(false);
      expect(getPackage).toHaveBeenCalledTimes(0);
      expect(preOrder).toHaveBeenCalledTimes(1);
    });

    it('refuses on what a fresh read says, not on the copy', async () => {
      const { preOrder, deps } = watched();
      const current = await fresh();
      const withoutUsd = { ...current, prices: current.prices.filter((price) => price.currency !== 'USD') };
      const getPackage = vi.fn(provider.client.getPackage);
      const accepted = await placeOrder(request, 'en', { ...deps, client: { getPackage, preOrder }, recentPackage: () => withoutUsd });
      expect(accepted.ok).toBe(true);
      expect(getPackage).toHaveBeenCalledTimes(1);

      const refused = await placeOrder({ ...request, currency: 'XXX' }, 'en', { ...deps, client: { getPackage, preOrder }, recentPackage: () => current });
      expect(JSON.stringify(refused)).toContain('currencyNotOffered');
      expect(getPackage).toHaveBeenCalledTimes(2);
      expect(preOrder).toHaveBeenCalledTimes(1);
    });

    it('a refusal (code 7) with a copy is the answer, sent once', async () => {
      const { deps } = watched();
      const copy = await fresh();
      const refusing = createLinksfieldClient({
        baseUrl: provider.sandbox.url,
        timeoutMs: 5000,
        partnerCode: SANDBOX_DEFAULTS.partnerCode,
        accessToken: 'not-a-valid-token',
      });
      const preOrder = vi.fn(refusing.preOrder);
      const result = await placeOrder(request, 'en', { ...deps, client: { getPackage: refusing.getPackage, preOrder }, recentPackage: () => copy });
      expect(result).toEqual({ ok: false, formError: { key: 'providerErrors.code7', values: { code: 7 } }, tokenRefused: true });
      expect(preOrder).toHaveBeenCalledTimes(1);
    });
  });
});
