import { describe, expect, it } from 'vitest';
import { newOrderRef, type OrderRecord, type OrderStore } from '@/lib/store/order-store';

/** A complete order record for store tests. */
export function sampleOrder(ref: string, overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    ref,
    createdAt: '2026-11-26T10:00:00.000Z',
    locale: 'zh-CN',
    email: 'traveller@example.com',
    accountEmail: null,
    placedWith: 'shop',
    providerPayStatus: null,
    packageId: 1000000,
    packageCode: 'LP20220325000000',
    packageName: 'Malaysia & Thailand 500 MB',
    currency: 'JPY',
    currencyId: 7,
    digits: 0,
    quantity: 2,
    periods: 3,
    moneyMinor: 4500,
    provider: {
      orderId: 1055200093,
      orderNo: 'ESIM_L202611260000001',
      amountMinor: 4500,
      currency: 'JPY',
      packageName: 'Malaysia & Thailand 500 MB',
      orderTime: '2026-11-26T10:00:00.958Z',
      periods: 3,
      clientId: 'opaque-client-id',
    },
    exchange: { request: '{"id":1000000}', response: '{"code":0}' },
    ...overrides,
  };
}

type Opened = OrderStore & { close(): void | Promise<void> };

/**
 * The behaviour every store implementation must have: the same suite runs against SQLite and
 * PostgreSQL. `open` gives a fresh, empty store.
 */
export function orderStoreContract(name: string, open: () => Promise<Opened>) {
  describe(`${name} order store`, () => {
    const withStore = (test: (store: Opened) => Promise<void>) => async () => {
      const store = await open();
      try {
        await test(store);
      } finally {
        await store.close();
      }
    };

    it(
      'keeps an order and finds it by reference only',
      withStore(async (store) => {
        const ref = newOrderRef();
        await store.insert(sampleOrder(ref));
        expect(await store.findByRef(ref)).toEqual(sampleOrder(ref));
        expect(await store.findByRef(newOrderRef())).toBeNull();
      }),
    );

    it(
      'refuses a second order with the same reference',
      withStore(async (store) => {
        const ref = newOrderRef();
        await store.insert(sampleOrder(ref));
        await expect(store.insert(sampleOrder(ref))).rejects.toThrow();
      }),
    );

    it(
      'lets only one payment be under way or succeeded per order',
      withStore(async (store) => {
        const ref = newOrderRef();
        await store.insert(sampleOrder(ref));
        const attempt = (id: string) => ({ id, orderRef: ref, amountMinor: 4500, currency: 'JPY', cardLast4: '0002', createdAt: `2026-11-26T10:00:0${id.slice(1)}Z` });
        expect(await store.startPayment(attempt('p1'))).toBe(true);
        expect(await store.startPayment(attempt('p2'))).toBe(false);
        await store.finishPayment('p1', 'declined', 'card_declined');
        expect(await store.startPayment(attempt('p3'))).toBe(true);
        await store.finishPayment('p3', 'succeeded', null);
        expect(await store.startPayment(attempt('p4'))).toBe(false);
        expect((await store.listPayments(ref)).map((p) => `${p.id}:${p.status}`)).toEqual(['p1:declined', 'p3:succeeded']);
        await store.finishPayment('p3', 'refunded', 'provider_code_sold_out');
        expect((await store.listPayments(ref)).at(-1)?.status).toBe('refunded');
      }),
    );

    it(
      'lets one of many concurrent payments start',
      withStore(async (store) => {
        const ref = newOrderRef();
        await store.insert(sampleOrder(ref));
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, index) =>
            store.startPayment({ id: `c${index}`, orderRef: ref, amountMinor: 1, currency: 'JPY', cardLast4: '4242', createdAt: '2026-11-26T10:00:00Z' }),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
      }),
    );

    it(
      'claims the payment report once, even concurrently, and keeps its answer',
      withStore(async (store) => {
        const ref = newOrderRef();
        await store.insert(sampleOrder(ref));
        const claim = { orderRef: ref, type: 'succeeded' as const, paymentId: 'pay_1', createdAt: '2026-11-26T10:00:00Z' };
        const claims = await Promise.all([1, 2, 3, 4].map((n) => store.claimPaymentReport({ ...claim, paymentId: `pay_${n}` })));
        expect(claims.filter(Boolean)).toHaveLength(1);
        await store.finishPaymentReport(ref, {
          state: 'answered',
          code: 0,
          message: 'SUCCESS',
          request: '{}',
          response: '{"code":0}',
          answeredAt: '2026-11-26T10:00:01Z',
        });
        expect(await store.findPaymentReport(ref)).toMatchObject({ state: 'answered', code: 0, response: '{"code":0}' });
      }),
    );

    it(
      'refuses a payment report for an order it does not have',
      withStore(async (store) => {
        await expect(
          store.claimPaymentReport({ orderRef: newOrderRef(), type: 'failed', paymentId: 'x', createdAt: '2026-11-26T10:00:00Z' }),
        ).rejects.toThrow();
      }),
    );

    it(
      "lists a customer account's orders and the newest orders, newest first",
      withStore(async (store) => {
        const older = sampleOrder(newOrderRef(), { accountEmail: 'a@example.com', createdAt: '2026-01-01T00:00:00.000Z' });
        const newer = sampleOrder(newOrderRef(), { accountEmail: 'a@example.com', createdAt: '2026-02-01T00:00:00.000Z' });
        const guest = sampleOrder(newOrderRef());
        await store.insert(older);
        await store.insert(newer);
        await store.insert(guest);
        expect((await store.listByAccount('a@example.com')).map((o) => o.ref)).toEqual([newer.ref, older.ref]);
        expect((await store.listRecent(2)).map((o) => o.ref)).toEqual([guest.ref, newer.ref]);
        await store.setProviderPayStatus(newer.ref, 'paid');
        expect((await store.findByRef(newer.ref))?.providerPayStatus).toBe('paid');
      }),
    );

    it(
      'claims an order form key once; a refused submission may try again with the same order only',
      withStore(async (store) => {
        const now = '2026-11-26T10:00:00.000Z';
        const claims = await Promise.all(
          [1, 2, 3].map(() => store.claimIdempotencyKey({ key: 'k1', fingerprint: 'f1', now })),
        );
        expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
        const again = await store.claimIdempotencyKey({ key: 'k1', fingerprint: 'f1', now });
        expect(again).toMatchObject({ claimed: false, existing: { state: 'pending', fingerprint: 'f1' } });

        // Refused: nothing reached the provider, so the corrected form may claim it again, once.
        await store.finishIdempotencyKey('k1', { state: 'refused' }, now);
        const retries = await Promise.all(
          ['f2', 'f2', 'f2'].map((fingerprint) => store.claimIdempotencyKey({ key: 'k1', fingerprint, now })),
        );
        expect(retries.filter((claim) => claim.claimed)).toHaveLength(1);
        expect((await store.findIdempotencyKey('k1'))?.fingerprint).toBe('f2');

        const ref = newOrderRef();
        await store.insert(sampleOrder(ref));
        await store.finishIdempotencyKey('k1', { state: 'done', orderRef: ref }, now);
        expect(await store.claimIdempotencyKey({ key: 'k1', fingerprint: 'f2', now })).toMatchObject({
          claimed: false,
          existing: { state: 'done', orderRef: ref },
        });
        expect(await store.findIdempotencyKey('missing')).toBeNull();
      }),
    );

    it(
      'keeps unconfirmed pre-orders for staff and never hands their key out again',
      withStore(async (store) => {
        const now = '2026-11-26T10:00:00.000Z';
        await store.claimIdempotencyKey({ key: 'u1', fingerprint: 'f', now });
        await store.finishIdempotencyKey('u1', { state: 'unconfirmed', request: '{"id":1}' }, now);
        expect(await store.claimIdempotencyKey({ key: 'u1', fingerprint: 'f', now })).toMatchObject({
          claimed: false,
          existing: { state: 'unconfirmed', request: '{"id":1}' },
        });
        expect((await store.listUnconfirmed(10)).map((record) => record.key)).toEqual(['u1']);
      }),
    );

    it(
      'counts rate-limit hits per bucket and window, concurrently',
      withStore(async (store) => {
        const window = '2026-11-26T10:00:00.000Z';
        const hits = await Promise.all(Array.from({ length: 5 }, () => store.hitRateLimit('ip:1', window)));
        expect([...hits].sort()).toEqual([1, 2, 3, 4, 5]);
        expect(await store.hitRateLimit('ip:2', window)).toBe(1);
        expect(await store.hitRateLimit('ip:1', '2026-11-26T10:01:00.000Z')).toBe(1);
      }),
    );

    it(
      'gives a rate-limit hit back, never below zero, concurrently',
      withStore(async (store) => {
        const window = '2026-11-26T10:00:00.000Z';
        for (let hit = 0; hit < 4; hit++) await store.hitRateLimit('pair:1', window);
        await Promise.all([1, 2, 3].map(() => store.releaseRateLimitHit('pair:1', window)));
        expect(await store.hitRateLimit('pair:1', window)).toBe(2);
        await Promise.all([1, 2, 3, 4].map(() => store.releaseRateLimitHit('pair:1', window)));
        expect(await store.hitRateLimit('pair:1', window)).toBe(1);
        // Another window, and a bucket never hit, are left alone.
        await store.releaseRateLimitHit('pair:1', '2026-11-26T10:01:00.000Z');
        await store.releaseRateLimitHit('never', window);
        expect(await store.hitRateLimit('pair:1', '2026-11-26T10:01:00.000Z')).toBe(1);
        expect(await store.hitRateLimit('never', window)).toBe(1);
      }),
    );

    it(
      'keeps a session live until it is ended or expires, and only for its own kind',
      withStore(async (store) => {
        const signedIn = '2026-11-26T10:00:00.000Z';
        const later = '2026-11-26T12:00:00.000Z';
        await store.startSession({ id: 'c1', kind: 'customer', createdAt: signedIn, expiresAt: '2026-11-29T10:00:00.000Z' });
        await store.startSession({ id: 's1', kind: 'staff', createdAt: signedIn, expiresAt: '2026-11-26T18:00:00.000Z' });
        expect(await store.isSessionLive('c1', 'customer', later)).toBe(true);
        expect(await store.isSessionLive('s1', 'staff', later)).toBe(true);
        // A customer's session id sealed into a staff cookie opens nothing.
        expect(await store.isSessionLive('c1', 'staff', later)).toBe(false);
        expect(await store.isSessionLive('unknown', 'customer', later)).toBe(false);
        expect(await store.isSessionLive('s1', 'staff', '2026-11-26T18:00:00.000Z')).toBe(false);

        await store.endSession('c1', later);
        expect(await store.isSessionLive('c1', 'customer', later)).toBe(false);
        expect(await store.isSessionLive('s1', 'staff', later)).toBe(true);
        await store.endSession('unknown', later);
        await expect(
          store.startSession({ id: 'c1', kind: 'customer', createdAt: later, expiresAt: '2026-11-29T12:00:00.000Z' }),
        ).rejects.toThrow();
        expect(await store.isSessionLive('c1', 'customer', later)).toBe(false);
      }),
    );

    it(
      'forgets sessions a day after they expired, when the next one starts',
      withStore(async (store) => {
        await store.startSession({ id: 'old', kind: 'staff', createdAt: '2026-11-20T10:00:00.000Z', expiresAt: '2026-11-20T18:00:00.000Z' });
        await store.startSession({ id: 'new', kind: 'staff', createdAt: '2026-11-26T10:00:00.000Z', expiresAt: '2026-11-26T18:00:00.000Z' });
        // Gone, not merely expired: its id could be used again.
        await store.startSession({ id: 'old', kind: 'staff', createdAt: '2026-11-26T10:00:00.000Z', expiresAt: '2026-11-26T18:00:00.000Z' });
        expect(await store.isSessionLive('old', 'staff', '2026-11-26T11:00:00.000Z')).toBe(true);
      }),
    );
  });
}
