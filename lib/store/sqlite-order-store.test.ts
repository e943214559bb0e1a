import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isOrderRef, newOrderRef, type OrderRecord } from '@/lib/store/order-store';
import { createSqliteOrderStore } from '@/lib/store/sqlite-order-store';

function sampleOrder(ref: string): OrderRecord {
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
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite order store', () => {
  it('keeps an order across a reopen of the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shop-store-'));
    dirs.push(dir);
    const file = join(dir, 'nested', 'shop.sqlite');
    const ref = newOrderRef();
    const first = createSqliteOrderStore(file);
    await first.insert(sampleOrder(ref));
    first.close();

    const second = createSqliteOrderStore(file);
    expect(await second.findByRef(ref)).toEqual(sampleOrder(ref));
    expect(await second.findByRef(newOrderRef())).toBeNull();
    second.close();
  });

  it('refuses a second order with the same reference', async () => {
    const store = createSqliteOrderStore(':memory:');
    const ref = newOrderRef();
    await store.insert(sampleOrder(ref));
    await expect(store.insert(sampleOrder(ref))).rejects.toThrow(/UNIQUE/);
    store.close();
  });
});

describe('payments and the payment report', () => {
  it('lets only one payment be under way or succeeded per order', async () => {
    const store = createSqliteOrderStore(':memory:');
    const ref = newOrderRef();
    await store.insert(sampleOrder(ref));
    const attempt = (id: string) => ({ id, orderRef: ref, amountMinor: 4500, currency: 'JPY', cardLast4: '0002', createdAt: id });
    expect(await store.startPayment(attempt('p1'))).toBe(true);
    expect(await store.startPayment(attempt('p2'))).toBe(false);
    await store.finishPayment('p1', 'declined', 'card_declined');
    expect(await store.startPayment(attempt('p3'))).toBe(true);
    await store.finishPayment('p3', 'succeeded', null);
    expect(await store.startPayment(attempt('p4'))).toBe(false);
    expect((await store.listPayments(ref)).map((p) => `${p.id}:${p.status}`)).toEqual(['p1:declined', 'p3:succeeded']);
    store.close();
  });

  it('claims the payment report once and keeps its answer', async () => {
    const store = createSqliteOrderStore(':memory:');
    const ref = newOrderRef();
    await store.insert(sampleOrder(ref));
    const claim = { orderRef: ref, type: 'succeeded' as const, paymentId: 'pay_1', createdAt: '2026-11-26T10:00:00Z' };
    expect(await store.claimPaymentReport(claim)).toBe(true);
    expect(await store.claimPaymentReport({ ...claim, paymentId: 'pay_2' })).toBe(false);
    await store.finishPaymentReport(ref, {
      state: 'answered',
      code: 0,
      message: 'SUCCESS',
      request: '{}',
      response: '{"code":0}',
      answeredAt: '2026-11-26T10:00:01Z',
    });
    expect(await store.findPaymentReport(ref)).toMatchObject({ paymentId: 'pay_1', state: 'answered', code: 0 });
    store.close();
  });

  it('refuses payments and reports for an order it does not have', async () => {
    const store = createSqliteOrderStore(':memory:');
    await expect(
      store.claimPaymentReport({ orderRef: newOrderRef(), type: 'failed', paymentId: 'x', createdAt: 'now' }),
    ).rejects.toThrow(/FOREIGN KEY/);
    store.close();
  });

  it('lists a customer account orders, newest first', async () => {
    const store = createSqliteOrderStore(':memory:');
    const older = { ...sampleOrder(newOrderRef()), accountEmail: 'a@example.com', createdAt: '2026-01-01T00:00:00Z' };
    const newer = { ...sampleOrder(newOrderRef()), accountEmail: 'a@example.com', createdAt: '2026-02-01T00:00:00Z' };
    await store.insert(older);
    await store.insert(newer);
    await store.insert(sampleOrder(newOrderRef()));
    expect((await store.listByAccount('a@example.com')).map((o) => o.ref)).toEqual([newer.ref, older.ref]);
    expect((await store.listRecent(2)).map((o) => o.ref)).toEqual([expect.any(String), newer.ref]);
    expect(await store.listRecent(10)).toHaveLength(3);
    await store.setProviderPayStatus(newer.ref, 'paid');
    expect((await store.findByRef(newer.ref))?.providerPayStatus).toBe('paid');
    store.close();
  });
});

describe('order references', () => {
  it('are random, URL-safe and recognisable', () => {
    const refs = new Set(Array.from({ length: 200 }, newOrderRef));
    expect(refs.size).toBe(200);
    for (const ref of refs) expect(isOrderRef(ref)).toBe(true);
    expect(isOrderRef('1055200093')).toBe(false);
    expect(isOrderRef('../../etc/passwd')).toBe(false);
  });
});
