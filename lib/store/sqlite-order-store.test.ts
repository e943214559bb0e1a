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

describe('order references', () => {
  it('are random, URL-safe and recognisable', () => {
    const refs = new Set(Array.from({ length: 200 }, newOrderRef));
    expect(refs.size).toBe(200);
    for (const ref of refs) expect(isOrderRef(ref)).toBe(true);
    expect(isOrderRef('1055200093')).toBe(false);
    expect(isOrderRef('../../etc/passwd')).toBe(false);
  });
});
