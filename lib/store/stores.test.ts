import { afterEach, beforeAll, expect, it } from 'vitest';
import { newOrderRef } from '@/lib/store/records';
import { createStores, type Stores } from '@/lib/store/stores';
import { describeOnEachEngine, openTestDatabase, type TestDatabase } from '@/lib/test-support/databases';
import { warmTestPostgres } from '@/lib/test-support/postgres';
import { sampleOrder } from '@/lib/test-support/sample-order';

// PGlite's first start in a process runs initdb: pay it here, not inside a test's timeout.
beforeAll(warmTestPostgres, 120_000);

/**
 * What every store must do, on SQLite and on PostgreSQL alike (each store is written once, over
 * lib/db's Sql): orders, payments and their report, order-form keys, rate limits, sessions and the
 * recovery log, each from a fresh, empty database.
 */
describeOnEachEngine('the shop stores', (engine) => {
  let opened: TestDatabase[] = [];
  afterEach(async () => {
    for (const database of opened) await database.close();
    opened = [];
  });
  const withStore = (test: (store: Stores) => Promise<void>) => async () => {
    const database = await openTestDatabase(engine);
    opened.push(database);
    await test(createStores(database.sql));
  };

  it(
    'keeps an order and finds it by reference only',
    withStore(async (store) => {
      const ref = newOrderRef();
      await store.orders.insert(sampleOrder(ref));
      expect(await store.orders.findByRef(ref)).toEqual(sampleOrder(ref));
      expect(await store.orders.findByRef(newOrderRef())).toBeNull();
    }),
  );

  it(
    'stores an order and closes its form key as done together, or neither',
    withStore(async (store) => {
      const now = '2026-11-26T10:00:00.000Z';
      const ref = newOrderRef();
      await store.formKeys.claim({ key: 'k-ok', fingerprint: 'f', request: '{}', now });
      await store.orders.insertForKey(sampleOrder(ref), 'k-ok', now);
      expect(await store.orders.findByRef(ref)).toEqual(sampleOrder(ref));
      expect(await store.formKeys.find('k-ok')).toMatchObject({ state: 'done', orderRef: ref });
      // The order cannot go in (its reference is taken): the key stays pending, not done.
      await store.formKeys.claim({ key: 'k-fail', fingerprint: 'f', request: '{}', now });
      await expect(store.orders.insertForKey(sampleOrder(ref), 'k-fail', now)).rejects.toThrow();
      expect(await store.formKeys.find('k-fail')).toMatchObject({ state: 'pending', orderRef: null });
      // The key cannot be closed (no such key waits): the order inserted first is rolled back.
      const other = newOrderRef();
      await expect(store.orders.insertForKey(sampleOrder(other), 'k-unknown', now)).rejects.toThrow(/not waiting/);
      expect(await store.orders.findByRef(other)).toBeNull();
    }),
  );

  it(
    'refuses a second order with the same reference',
    withStore(async (store) => {
      const ref = newOrderRef();
      await store.orders.insert(sampleOrder(ref));
      await expect(store.orders.insert(sampleOrder(ref))).rejects.toThrow();
    }),
  );

  it(
    'lets only one payment be under way or succeeded per order',
    withStore(async (store) => {
      const ref = newOrderRef();
      await store.orders.insert(sampleOrder(ref));
      const attempt = (id: string) => ({ id, orderRef: ref, amountMinor: 4500, currency: 'JPY', cardLast4: '0002', createdAt: `2026-11-26T10:00:0${id.slice(1)}Z` });
      expect(await store.payments.start(attempt('p1'))).toBe(true);
      expect(await store.payments.start(attempt('p2'))).toBe(false);
      expect(await store.payments.update('p1', { from: 'processing', status: 'declined', reason: 'card_declined' })).toBe(true);
      expect(await store.payments.start(attempt('p3'))).toBe(true);
      expect(await store.payments.update('p3', { from: 'processing', status: 'succeeded', reason: null, providerPaymentId: 'pi_3' })).toBe(true);
      expect(await store.payments.start(attempt('p4'))).toBe(false);
      expect((await store.payments.list(ref)).map((p) => `${p.id}:${p.status}`)).toEqual(['p1:declined', 'p3:succeeded']);
      // A move from a status the payment is no longer in changes nothing: two settlers, one move.
      expect(await store.payments.update('p3', { from: 'processing', status: 'declined', reason: 'interrupted' })).toBe(false);
      expect(await store.payments.update('p3', { from: 'succeeded', status: 'refunded', reason: 'provider_code_sold_out' })).toBe(true);
      expect(await store.payments.update('p3', { from: 'succeeded', status: 'refunded', reason: 'again' })).toBe(false);
      expect((await store.payments.list(ref)).at(-1)).toMatchObject({ status: 'refunded', reason: 'provider_code_sold_out', providerPaymentId: 'pi_3' });
    }),
  );

  it(
    'lets one of many concurrent payments start',
    withStore(async (store) => {
      const ref = newOrderRef();
      await store.orders.insert(sampleOrder(ref));
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          store.payments.start({ id: `c${index}`, orderRef: ref, amountMinor: 1, currency: 'JPY', cardLast4: '4242', createdAt: '2026-11-26T10:00:00Z' }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    }),
  );

  it(
    'claims the payment report once, even concurrently, and keeps its answer',
    withStore(async (store) => {
      const ref = newOrderRef();
      await store.orders.insert(sampleOrder(ref));
      const claim = { orderRef: ref, type: 'succeeded' as const, paymentId: 'pay_1', createdAt: '2026-11-26T10:00:00Z' };
      const claims = await Promise.all([1, 2, 3, 4].map((n) => store.payments.claimReport({ ...claim, paymentId: `pay_${n}` })));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.payments.findReport(ref)).toMatchObject({ state: 'sending', attempts: 1, sentAt: claim.createdAt });
      const answer = {
        state: 'answered' as const,
        code: 0,
        message: 'SUCCESS',
        request: '{}',
        response: '{"code":0}',
        answeredAt: '2026-11-26T10:00:01Z',
      };
      // Only the holder of the current send records its answer.
      expect(await store.payments.finishReport(ref, { state: 'sending', attempts: 2 }, answer)).toBe(false);
      expect(await store.payments.finishReport(ref, { state: 'sending', attempts: 1 }, answer)).toBe(true);
      expect(await store.payments.findReport(ref)).toMatchObject({ state: 'answered', code: 0, response: '{"code":0}' });
    }),
  );

  it(
    'keeps a PayPal capture to one payment of one order, a held capture blocking another payment',
    withStore(async (store) => {
      const [first, second] = [newOrderRef(), newOrderRef()];
      await store.orders.insert(sampleOrder(first));
      await store.orders.insert(sampleOrder(second));
      const paypal = (id: string, orderRef: string) => ({
        id,
        orderRef,
        method: 'paypal' as const,
        paypalOrderId: `PP-${id}`,
        providerPaymentId: 'CAPTURE-1',
        amountMinor: 4500,
        currency: 'JPY',
        createdAt: '2026-11-26T10:00:00Z',
      });
      expect(await store.payments.start(paypal('p1', first))).toBe(true);
      // The same capture id cannot pay a second order, even concurrently with nothing else live there.
      expect(await store.payments.start(paypal('p2', second))).toBe(false);
      expect(await store.payments.findByProviderPaymentId('CAPTURE-1')).toMatchObject({ id: 'p1', orderRef: first, method: 'paypal' });
      expect(await store.payments.update('p1', { from: 'processing', status: 'pending', reason: null })).toBe(true);
      const card = { id: 'p3', orderRef: first, amountMinor: 4500, currency: 'JPY', cardLast4: '4242', createdAt: '2026-11-26T10:01:00Z' };
      expect(await store.payments.start(card)).toBe(false);
      expect(await store.payments.findByProviderPaymentId('NOPE')).toBeNull();

      await store.payments.rememberPayPalOrder({ paypalOrderId: 'PPO-1', orderRef: first, createdAt: '2026-11-26T10:00:00Z' });
      await store.payments.rememberPayPalOrder({ paypalOrderId: 'PPO-1', orderRef: second, createdAt: '2026-11-26T10:00:00Z' });
      expect(await store.payments.orderOfPayPalOrder('PPO-1')).toBe(first);
      expect(await store.payments.orderOfPayPalOrder('PPO-2')).toBeNull();
    }),
  );

  it(
    'refuses a payment report for an order it does not have',
    withStore(async (store) => {
      await expect(
        store.payments.claimReport({ orderRef: newOrderRef(), type: 'failed', paymentId: 'x', createdAt: '2026-11-26T10:00:00Z' }),
      ).rejects.toThrow();
    }),
  );

  it(
    "lists a customer account's orders and the newest orders, newest first",
    withStore(async (store) => {
      const older = sampleOrder(newOrderRef(), { accountEmail: 'a@example.com', createdAt: '2026-01-01T00:00:00.000Z' });
      const newer = sampleOrder(newOrderRef(), { accountEmail: 'a@example.com', createdAt: '2026-02-01T00:00:00.000Z' });
      const guest = sampleOrder(newOrderRef());
      await store.orders.insert(older);
      await store.orders.insert(newer);
      await store.orders.insert(guest);
      expect((await store.orders.listByAccount('a@example.com')).map((o) => o.ref)).toEqual([newer.ref, older.ref]);
      expect((await store.orders.listRecent(2)).map((o) => o.ref)).toEqual([guest.ref, newer.ref]);
      await store.orders.setProviderPayStatus(newer.ref, 'paid');
      expect((await store.orders.findByRef(newer.ref))?.providerPayStatus).toBe('paid');
    }),
  );

  it(
    'claims an order form key once; a refused submission may try again with the same order only',
    withStore(async (store) => {
      const now = '2026-11-26T10:00:00.000Z';
      const claims = await Promise.all(
        [1, 2, 3].map(() => store.formKeys.claim({ key: 'k1', fingerprint: 'f1', request: '{}', now })),
      );
      expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
      const again = await store.formKeys.claim({ key: 'k1', fingerprint: 'f1', request: '{}', now });
      expect(again).toMatchObject({ claimed: false, existing: { state: 'pending', fingerprint: 'f1' } });

      // Refused: nothing reached the provider, so the corrected form may claim it again, once.
      await store.formKeys.finish('k1', { state: 'refused' }, now);
      const retries = await Promise.all(
        ['f2', 'f2', 'f2'].map((fingerprint) => store.formKeys.claim({ key: 'k1', fingerprint, request: '{}', now })),
      );
      expect(retries.filter((claim) => claim.claimed)).toHaveLength(1);
      expect((await store.formKeys.find('k1'))?.fingerprint).toBe('f2');

      const ref = newOrderRef();
      await store.orders.insert(sampleOrder(ref));
      await store.formKeys.finish('k1', { state: 'done', orderRef: ref }, now);
      expect(await store.formKeys.claim({ key: 'k1', fingerprint: 'f2', request: '{}', now })).toMatchObject({
        claimed: false,
        existing: { state: 'done', orderRef: ref },
      });
      expect(await store.formKeys.find('missing')).toBeNull();
    }),
  );

  it(
    'keeps unconfirmed pre-orders for staff and never hands their key out again',
    withStore(async (store) => {
      const now = '2026-11-26T10:00:00.000Z';
      await store.formKeys.claim({ key: 'u1', fingerprint: 'f', request: '{}', now });
      await store.formKeys.finish('u1', { state: 'unconfirmed', request: '{"id":1}' }, now);
      expect(await store.formKeys.claim({ key: 'u1', fingerprint: 'f', request: '{}', now })).toMatchObject({
        claimed: false,
        existing: { state: 'unconfirmed', request: '{"id":1}' },
      });
      expect((await store.formKeys.listUnconfirmed(10)).map((record) => record.key)).toEqual(['u1']);
    }),
  );

  it(
    'lets one of many concurrent settlers send a report again, and only from the state it saw',
    withStore(async (store) => {
      const ref = newOrderRef();
      await store.orders.insert(sampleOrder(ref));
      await store.payments.claimReport({ orderRef: ref, type: 'succeeded', paymentId: `pi-${ref}`, createdAt: '2026-11-26T10:00:00.000Z' });
      const seen = { state: 'sending' as const, attempts: 1 };
      const claims = await Promise.all([1, 2, 3, 4].map(() => store.payments.resendReport(ref, seen, '2026-11-26T10:05:00.000Z')));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store.payments.findReport(ref)).toMatchObject({ state: 'sending', attempts: 2, sentAt: '2026-11-26T10:05:00.000Z' });
      // The first send's late answer no longer applies: the report moved on.
      const late = { state: 'answered' as const, code: 0, message: 'SUCCESS', request: null, response: null, answeredAt: '2026-11-26T10:05:01.000Z' };
      expect(await store.payments.finishReport(ref, seen, late)).toBe(false);
      expect(await store.payments.finishReport(ref, { state: 'sending', attempts: 2 }, late)).toBe(true);
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
        chargeCutOff: async (ref) => void (await store.payments.start({ id: `${ref}-p`, orderRef: ref, amountMinor: 1, currency: 'JPY', cardLast4: '4242', createdAt: old })),
        chargeLive: async (ref) => void (await store.payments.start({ id: `${ref}-p`, orderRef: ref, amountMinor: 1, currency: 'JPY', cardLast4: '4242', createdAt: young })),
        paidNoReport: async (ref) => {
          await store.payments.start({ id: `${ref}-p`, orderRef: ref, amountMinor: 1, currency: 'JPY', cardLast4: '4242', createdAt: old });
          await store.payments.update(`${ref}-p`, { from: 'processing', status: 'succeeded', reason: null, providerPaymentId: `pi-${ref}` });
        },
        reportCutOff: async (ref) => {
          await cases.paidNoReport!(ref);
          await store.payments.claimReport({ orderRef: ref, type: 'succeeded', paymentId: `pi-${ref}`, createdAt: old });
        },
        reportLive: async (ref) => {
          await cases.paidNoReport!(ref);
          await store.payments.claimReport({ orderRef: ref, type: 'succeeded', paymentId: `pi-${ref}`, createdAt: young });
        },
        reportAccepted: async (ref) => {
          await cases.reportCutOff!(ref);
          await store.payments.finishReport(ref, { state: 'sending', attempts: 1 }, answer(0));
        },
        refusedNotRefunded: async (ref) => {
          await cases.reportCutOff!(ref);
          await store.payments.finishReport(ref, { state: 'sending', attempts: 1 }, answer(3005));
        },
        refusedAndRefunded: async (ref) => {
          await cases.refusedNotRefunded!(ref);
          await store.payments.update(`${ref}-p`, { from: 'succeeded', status: 'refunded', reason: 'sold_out' });
        },
        declined: async (ref) => {
          await cases.chargeCutOff!(ref);
          await store.payments.update(`${ref}-p`, { from: 'processing', status: 'declined', reason: 'card_declined' });
        },
        neverPaid: async () => undefined,
      };
      const refs: Record<string, string> = {};
      for (const [name, build] of Object.entries(cases)) {
        refs[name] = newOrderRef();
        await store.orders.insert(sampleOrder(refs[name]!));
        await build(refs[name]!);
      }
      const listed = (await store.orders.listInFlight(before, 100)).map((order) => order.ref);
      const expected = ['chargeCutOff', 'paidNoReport', 'reportCutOff', 'refusedNotRefunded'].map((name) => refs[name]);
      expect(new Set(listed)).toEqual(new Set(expected));
      expect(listed).toHaveLength(expected.length);
    }),
  );

  it(
    'turns a pre-order left pending past the cut-off into an unconfirmed one, once, keeping its request',
    withStore(async (store) => {
      await store.formKeys.claim({ key: 'old', fingerprint: 'f', request: '{"packageId":1}', now: '2026-11-26T10:00:00.000Z' });
      await store.formKeys.claim({ key: 'young', fingerprint: 'f', request: '{}', now: '2026-11-26T10:20:00.000Z' });
      const before = '2026-11-26T10:10:00.000Z';
      expect((await store.formKeys.listStalePending(before, 10)).map((record) => record.key)).toEqual(['old']);
      const expiries = await Promise.all([1, 2, 3].map(() => store.formKeys.expire('old', before, '2026-11-26T10:30:00.000Z')));
      expect(expiries.filter(Boolean)).toHaveLength(1);
      expect(await store.formKeys.expire('young', before, '2026-11-26T10:30:00.000Z')).toBe(false);
      expect(await store.formKeys.find('old')).toMatchObject({ state: 'unconfirmed', request: '{"packageId":1}' });
      expect((await store.formKeys.listUnconfirmed(10)).map((record) => record.key)).toEqual(['old']);
      expect(await store.formKeys.listStalePending(before, 10)).toEqual([]);
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
      await store.recovery.record(entry('2026-11-26T10:00:00.000Z', ref, 'report_resent'));
      await store.recovery.record(entry('2026-11-26T10:01:00.000Z', null, 'pre_order_unconfirmed'));
      await store.recovery.record(entry('2026-11-26T10:02:00.000Z', ref, 'refunded'));
      expect((await store.recovery.list(10)).map((action) => action.action)).toEqual(['refunded', 'pre_order_unconfirmed', 'report_resent']);
      expect(await store.recovery.list(1, ref)).toEqual([entry('2026-11-26T10:02:00.000Z', ref, 'refunded')]);
      expect((await store.recovery.list(10, ref)).map((action) => action.action)).toEqual(['refunded', 'report_resent']);
    }),
  );

  it(
    'counts rate-limit hits per bucket and window, concurrently',
    withStore(async (store) => {
      const window = '2026-11-26T10:00:00.000Z';
      const hits = await Promise.all(Array.from({ length: 5 }, () => store.rateLimits.hit('ip:1', window)));
      expect([...hits].sort()).toEqual([1, 2, 3, 4, 5]);
      expect(await store.rateLimits.hit('ip:2', window)).toBe(1);
      expect(await store.rateLimits.hit('ip:1', '2026-11-26T10:01:00.000Z')).toBe(1);
    }),
  );

  it(
    'gives a rate-limit hit back, never below zero, concurrently',
    withStore(async (store) => {
      const window = '2026-11-26T10:00:00.000Z';
      for (let hit = 0; hit < 4; hit++) await store.rateLimits.hit('pair:1', window);
      await Promise.all([1, 2, 3].map(() => store.rateLimits.release('pair:1', window)));
      expect(await store.rateLimits.hit('pair:1', window)).toBe(2);
      await Promise.all([1, 2, 3, 4].map(() => store.rateLimits.release('pair:1', window)));
      expect(await store.rateLimits.hit('pair:1', window)).toBe(1);
      // Another window, and a bucket never hit, are left alone.
      await store.rateLimits.release('pair:1', '2026-11-26T10:01:00.000Z');
      await store.rateLimits.release('never', window);
      expect(await store.rateLimits.hit('pair:1', '2026-11-26T10:01:00.000Z')).toBe(1);
      expect(await store.rateLimits.hit('never', window)).toBe(1);
    }),
  );

  it(
    'keeps a session live until it is ended or expires, and only for its own kind',
    withStore(async (store) => {
      const signedIn = '2026-11-26T10:00:00.000Z';
      const later = '2026-11-26T12:00:00.000Z';
      await store.sessions.start({ id: 'c1', kind: 'customer', createdAt: signedIn, expiresAt: '2026-11-29T10:00:00.000Z' });
      await store.sessions.start({ id: 's1', kind: 'staff', createdAt: signedIn, expiresAt: '2026-11-26T18:00:00.000Z' });
      expect(await store.sessions.isLive('c1', 'customer', later)).toBe(true);
      expect(await store.sessions.isLive('s1', 'staff', later)).toBe(true);
      // A customer's session id sealed into a staff cookie opens nothing.
      expect(await store.sessions.isLive('c1', 'staff', later)).toBe(false);
      expect(await store.sessions.isLive('unknown', 'customer', later)).toBe(false);
      expect(await store.sessions.isLive('s1', 'staff', '2026-11-26T18:00:00.000Z')).toBe(false);

      await store.sessions.end('c1', later);
      expect(await store.sessions.isLive('c1', 'customer', later)).toBe(false);
      expect(await store.sessions.isLive('s1', 'staff', later)).toBe(true);
      await store.sessions.end('unknown', later);
      await expect(
        store.sessions.start({ id: 'c1', kind: 'customer', createdAt: later, expiresAt: '2026-11-29T12:00:00.000Z' }),
      ).rejects.toThrow();
      expect(await store.sessions.isLive('c1', 'customer', later)).toBe(false);
    }),
  );

  it(
    'forgets sessions a day after they expired, when the next one starts',
    withStore(async (store) => {
      await store.sessions.start({ id: 'old', kind: 'staff', createdAt: '2026-11-20T10:00:00.000Z', expiresAt: '2026-11-20T18:00:00.000Z' });
      await store.sessions.start({ id: 'new', kind: 'staff', createdAt: '2026-11-26T10:00:00.000Z', expiresAt: '2026-11-26T18:00:00.000Z' });
      // Gone, not merely expired: its id could be used again.
      await store.sessions.start({ id: 'old', kind: 'staff', createdAt: '2026-11-26T10:00:00.000Z', expiresAt: '2026-11-26T18:00:00.000Z' });
      expect(await store.sessions.isLive('old', 'staff', '2026-11-26T11:00:00.000Z')).toBe(true);
    }),
  );

  it(
    'writes an order\'s messages with the events that cause them, once each, to its address and language',
    withStore(async (store) => {
      const ref = newOrderRef();
      const order = sampleOrder(ref);
      await store.orders.insert(order);
      await store.orders.setProviderPayStatus(ref, 'waiting', '2026-11-26T10:01:00.000Z');
      await store.orders.setProviderPayStatus(ref, 'paid', '2026-11-26T10:02:00.000Z');
      await store.orders.setProviderPayStatus(ref, 'paid', '2026-11-26T10:03:00.000Z');
      const messages = await store.outbox.listByOrder(ref);
      expect(messages.map((message) => message.kind)).toEqual(['order_received', 'esim_ready']);
      expect(messages[0]).toMatchObject({ id: `order_received:${ref}`, recipient: order.email, locale: order.locale, state: 'queued', attempts: 0 });
      expect(messages[1]).toMatchObject({ nextAttemptAt: '2026-11-26T10:02:00.000Z' });
    }),
  );

  it(
    'tells an expired order "expired" only when nothing was paid, and a refund "refunded"',
    withStore(async (store) => {
      const unpaid = newOrderRef();
      await store.orders.insert(sampleOrder(unpaid));
      await store.orders.setProviderPayStatus(unpaid, 'cancelled');
      expect((await store.outbox.listByOrder(unpaid)).map((message) => message.kind)).toEqual(['order_received', 'expired']);

      const paid = newOrderRef();
      await store.orders.insert(sampleOrder(paid));
      const payment = { id: `pay_${paid}`, orderRef: paid, amountMinor: 4500, currency: 'JPY', createdAt: '2026-11-26T10:00:00.000Z' };
      await store.payments.start({ ...payment, status: 'succeeded' });
      await store.orders.setProviderPayStatus(paid, 'cancelled');
      expect(await store.payments.update(payment.id, { from: 'succeeded', status: 'refunded', reason: 'provider:timed_out' })).toBe(true);
      expect(await store.payments.update(payment.id, { from: 'succeeded', status: 'refunded', reason: 'again' })).toBe(false);
      expect((await store.outbox.listByOrder(paid)).map((message) => message.kind)).toEqual(['order_received', 'refunded']);
    }),
  );

  it(
    'lets one sender at a time claim a message, finishes it only by that claim, and retries it when due',
    withStore(async (store) => {
      const refs = [newOrderRef(), newOrderRef(), newOrderRef()];
      for (const ref of refs) await store.orders.insert(sampleOrder(ref));
      const now = '2026-11-26T12:00:00.000Z';
      const lease = '2026-11-26T12:01:00.000Z';
      // Many senders at once: each message is claimed by one of them.
      const claims = await Promise.all(Array.from({ length: 6 }, () => store.outbox.claimDue(now, lease, 2)));
      const claimed = claims.flat().map((message) => message.id);
      expect(claimed.sort()).toEqual(refs.map((ref) => `order_received:${ref}`).sort());
      expect(await store.outbox.claimDue(now, lease, 10)).toEqual([]);

      const [first, second] = claims.flat();
      expect(await store.outbox.markSent(first!.id, first!.attempts + 1, now)).toBe(false);
      expect(await store.outbox.markSent(first!.id, first!.attempts, now)).toBe(true);
      expect(await store.outbox.retryLater(second!.id, second!.attempts, '2026-11-26T12:00:30.000Z', 'SMTP 421 try later')).toBe(true);
      expect(await store.outbox.claimDue('2026-11-26T12:00:10.000Z', lease, 10)).toEqual([]);
      // Due again, and the third's lease has run out: both are claimed anew, each a second attempt.
      const again = await store.outbox.claimDue('2026-11-26T12:01:30.000Z', '2026-11-26T12:02:30.000Z', 10);
      expect(again.map((message) => message.attempts)).toEqual([2, 2]);
      expect(again.find((message) => message.id === second!.id)?.lastError).toBe('SMTP 421 try later');
      // The first claim of the third lost its lease: it can no longer finish the message.
      const third = claims.flat()[2]!;
      expect(await store.outbox.markSent(third.id, third.attempts, now)).toBe(false);
      expect((await store.outbox.listRecent(10)).filter((message) => message.state === 'sent').map((message) => message.id)).toEqual([first!.id]);
    }),
  );

  it(
    'writes a message asked for again once, however often and however concurrently it is asked, then after the gap once more',
    withStore(async (store) => {
      const ref = newOrderRef();
      await store.orders.insert(sampleOrder(ref));
      const at = new Date('2026-12-07T10:00:00.000Z');
      const gap = 10 * 60_000;
      const answers = await Promise.all(Array.from({ length: 5 }, () => store.outbox.requestAgain('esim_ready', ref, at, gap)));
      expect(answers.filter((answer) => answer.queued)).toHaveLength(1);
      expect(await store.outbox.requestAgain('esim_ready', ref, new Date(at.getTime() + 60_000), gap)).toEqual({ queued: false, retryAfterSeconds: 540 });
      expect(await store.outbox.requestAgain('order_link', ref, new Date(at.getTime() + 60_000), gap)).toEqual({ queued: true });
      expect(await store.outbox.requestAgain('esim_ready', ref, new Date(at.getTime() + gap), gap)).toEqual({ queued: true });
      const asked = (await store.outbox.listByOrder(ref)).filter((message) => message.id !== `order_received:${ref}`);
      expect(asked.map((message) => message.kind)).toEqual(['esim_ready', 'order_link', 'esim_ready']);
      expect(await store.orders.findByOrderNo(sampleOrder(ref).provider.orderNo)).toMatchObject({ ref });
      expect(await store.orders.findByOrderNo('ESIM_NOPE')).toBeNull();
      // An order that does not exist gets nothing.
      expect(await store.outbox.requestAgain('order_link', newOrderRef(), at, gap)).toEqual({ queued: false, retryAfterSeconds: 600 });
    }),
  );
});
