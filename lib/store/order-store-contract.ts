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
        expect(await store.updatePayment('p1', { from: 'processing', status: 'declined', reason: 'card_declined' })).toBe(true);
        expect(await store.startPayment(attempt('p3'))).toBe(true);
        expect(await store.updatePayment('p3', { from: 'processing', status: 'succeeded', reason: null, providerPaymentId: 'pi_3' })).toBe(true);
        expect(await store.startPayment(attempt('p4'))).toBe(false);
        expect((await store.listPayments(ref)).map((p) => `${p.id}:${p.status}`)).toEqual(['p1:declined', 'p3:succeeded']);
        // A move from a status the payment is no longer in changes nothing: two settlers, one move.
        expect(await store.updatePayment('p3', { from: 'processing', status: 'declined', reason: 'interrupted' })).toBe(false);
        expect(await store.updatePayment('p3', { from: 'succeeded', status: 'refunded', reason: 'provider_code_sold_out' })).toBe(true);
        expect(await store.updatePayment('p3', { from: 'succeeded', status: 'refunded', reason: 'again' })).toBe(false);
        expect((await store.listPayments(ref)).at(-1)).toMatchObject({ status: 'refunded', reason: 'provider_code_sold_out', providerPaymentId: 'pi_3' });
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
        expect(await store.findPaymentReport(ref)).toMatchObject({ state: 'sending', attempts: 1, sentAt: claim.createdAt });
        const answer = {
          state: 'answered' as const,
          code: 0,
          message: 'SUCCESS',
          request: '{}',
          response: '{"code":0}',
          answeredAt: '2026-11-26T10:00:01Z',
        };
        // Only the holder of the current send records its answer.
        expect(await store.finishPaymentReport(ref, { state: 'sending', attempts: 2 }, answer)).toBe(false);
        expect(await store.finishPaymentReport(ref, { state: 'sending', attempts: 1 }, answer)).toBe(true);
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
          [1, 2, 3].map(() => store.claimIdempotencyKey({ key: 'k1', fingerprint: 'f1', request: '{}', now })),
        );
        expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
        const again = await store.claimIdempotencyKey({ key: 'k1', fingerprint: 'f1', request: '{}', now });
        expect(again).toMatchObject({ claimed: false, existing: { state: 'pending', fingerprint: 'f1' } });

        // Refused: nothing reached the provider, so the corrected form may claim it again, once.
        await store.finishIdempotencyKey('k1', { state: 'refused' }, now);
        const retries = await Promise.all(
          ['f2', 'f2', 'f2'].map((fingerprint) => store.claimIdempotencyKey({ key: 'k1', fingerprint, request: '{}', now })),
        );
        expect(retries.filter((claim) => claim.claimed)).toHaveLength(1);
        expect((await store.findIdempotencyKey('k1'))?.fingerprint).toBe('f2');

        const ref = newOrderRef();
        await store.insert(sampleOrder(ref));
        await store.finishIdempotencyKey('k1', { state: 'done', orderRef: ref }, now);
        expect(await store.claimIdempotencyKey({ key: 'k1', fingerprint: 'f2', request: '{}', now })).toMatchObject({
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
        await store.claimIdempotencyKey({ key: 'u1', fingerprint: 'f', request: '{}', now });
        await store.finishIdempotencyKey('u1', { state: 'unconfirmed', request: '{"id":1}' }, now);
        expect(await store.claimIdempotencyKey({ key: 'u1', fingerprint: 'f', request: '{}', now })).toMatchObject({
          claimed: false,
          existing: { state: 'unconfirmed', request: '{"id":1}' },
        });
        expect((await store.listUnconfirmed(10)).map((record) => record.key)).toEqual(['u1']);
      }),
    );

    it(
      'lets one of many concurrent settlers send a report again, and only from the state it saw',
      withStore(async (store) => {
        const ref = newOrderRef();
        await store.insert(sampleOrder(ref));
        await store.claimPaymentReport({ orderRef: ref, type: 'succeeded', paymentId: 'pi', createdAt: '2026-11-26T10:00:00.000Z' });
        const seen = { state: 'sending' as const, attempts: 1 };
        const claims = await Promise.all([1, 2, 3, 4].map(() => store.resendPaymentReport(ref, seen, '2026-11-26T10:05:00.000Z')));
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.findPaymentReport(ref)).toMatchObject({ state: 'sending', attempts: 2, sentAt: '2026-11-26T10:05:00.000Z' });
        // The first send's late answer no longer applies: the report moved on.
        const late = { state: 'answered' as const, code: 0, message: 'SUCCESS', request: null, response: null, answeredAt: '2026-11-26T10:05:01.000Z' };
        expect(await store.finishPaymentReport(ref, seen, late)).toBe(false);
        expect(await store.finishPaymentReport(ref, { state: 'sending', attempts: 2 }, late)).toBe(true);
      }),
    );

    it(
      'lists the orders left in flight past the cut-off, and only those',
      withStore(async (store) => {
        const before = '2026-11-26T10:10:00.000Z';
        const old = '2026-11-26T10:00:00.000Z';
        const young = '2026-11-26T10:20:00.000Z';
        const answer = (code: number) => ({ state: 'answered' as const, code, message: null, request: null, response: null, answeredAt: old });
        const cases: Record<string, (ref: string) => Promise<void>> = {
          chargeCutOff: async (ref) => void (await store.startPayment({ id: `${ref}-p`, orderRef: ref, amountMinor: 1, currency: 'JPY', cardLast4: '4242', createdAt: old })),
          chargeLive: async (ref) => void (await store.startPayment({ id: `${ref}-p`, orderRef: ref, amountMinor: 1, currency: 'JPY', cardLast4: '4242', createdAt: young })),
          paidNoReport: async (ref) => {
            await store.startPayment({ id: `${ref}-p`, orderRef: ref, amountMinor: 1, currency: 'JPY', cardLast4: '4242', createdAt: old });
            await store.updatePayment(`${ref}-p`, { from: 'processing', status: 'succeeded', reason: null, providerPaymentId: 'pi' });
          },
          reportCutOff: async (ref) => {
            await cases.paidNoReport!(ref);
            await store.claimPaymentReport({ orderRef: ref, type: 'succeeded', paymentId: 'pi', createdAt: old });
          },
          reportLive: async (ref) => {
            await cases.paidNoReport!(ref);
            await store.claimPaymentReport({ orderRef: ref, type: 'succeeded', paymentId: 'pi', createdAt: young });
          },
          reportAccepted: async (ref) => {
            await cases.reportCutOff!(ref);
            await store.finishPaymentReport(ref, { state: 'sending', attempts: 1 }, answer(0));
          },
          refusedNotRefunded: async (ref) => {
            await cases.reportCutOff!(ref);
            await store.finishPaymentReport(ref, { state: 'sending', attempts: 1 }, answer(3005));
          },
          refusedAndRefunded: async (ref) => {
            await cases.refusedNotRefunded!(ref);
            await store.updatePayment(`${ref}-p`, { from: 'succeeded', status: 'refunded', reason: 'sold_out' });
          },
          declined: async (ref) => {
            await cases.chargeCutOff!(ref);
            await store.updatePayment(`${ref}-p`, { from: 'processing', status: 'declined', reason: 'card_declined' });
          },
          neverPaid: async () => undefined,
        };
        const refs: Record<string, string> = {};
        for (const [name, build] of Object.entries(cases)) {
          refs[name] = newOrderRef();
          await store.insert(sampleOrder(refs[name]!));
          await build(refs[name]!);
        }
        const listed = (await store.listInFlight(before, 100)).map((order) => order.ref);
        const expected = ['chargeCutOff', 'paidNoReport', 'reportCutOff', 'refusedNotRefunded'].map((name) => refs[name]);
        expect(new Set(listed)).toEqual(new Set(expected));
        expect(listed).toHaveLength(expected.length);
      }),
    );

    it(
      'turns a pre-order left pending past the cut-off into an unconfirmed one, once, keeping its request',
      withStore(async (store) => {
        await store.claimIdempotencyKey({ key: 'old', fingerprint: 'f', request: '{"packageId":1}', now: '2026-11-26T10:00:00.000Z' });
        await store.claimIdempotencyKey({ key: 'young', fingerprint: 'f', request: '{}', now: '2026-11-26T10:20:00.000Z' });
        const before = '2026-11-26T10:10:00.000Z';
        expect((await store.listStalePending(before, 10)).map((record) => record.key)).toEqual(['old']);
        const expiries = await Promise.all([1, 2, 3].map(() => store.expireIdempotencyKey('old', before, '2026-11-26T10:30:00.000Z')));
        expect(expiries.filter(Boolean)).toHaveLength(1);
        expect(await store.expireIdempotencyKey('young', before, '2026-11-26T10:30:00.000Z')).toBe(false);
        expect(await store.findIdempotencyKey('old')).toMatchObject({ state: 'unconfirmed', request: '{"packageId":1}' });
        expect((await store.listUnconfirmed(10)).map((record) => record.key)).toEqual(['old']);
        expect(await store.listStalePending(before, 10)).toEqual([]);
      }),
    );

    it(
      'keeps what the recovery pass did, newest first, all or per order',
      withStore(async (store) => {
        const ref = newOrderRef();
        const entry = (at: string, orderRef: string | null, action: 'refunded' | 'report_resent' | 'pre_order_unconfirmed') => ({
          at,
          orderRef,
          idempotencyKey: orderRef ? null : 'k',
          action,
          detail: `${action} at ${at}`,
        });
        await store.recordRecovery(entry('2026-11-26T10:00:00.000Z', ref, 'report_resent'));
        await store.recordRecovery(entry('2026-11-26T10:01:00.000Z', null, 'pre_order_unconfirmed'));
        await store.recordRecovery(entry('2026-11-26T10:02:00.000Z', ref, 'refunded'));
        expect((await store.listRecovery(10)).map((action) => action.action)).toEqual(['refunded', 'pre_order_unconfirmed', 'report_resent']);
        expect(await store.listRecovery(1, ref)).toEqual([entry('2026-11-26T10:02:00.000Z', ref, 'refunded')]);
        expect((await store.listRecovery(10, ref)).map((action) => action.action)).toEqual(['refunded', 'report_resent']);
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
