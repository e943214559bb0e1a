import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SHOP_SQLITE_STEPS } from '@/lib/db/migrations/shop-sqlite';
import { openSqliteDatabase } from '@/lib/db/open';
import { isOrderRef, newOrderRef } from '@/lib/store/records';
import { ORDER_COLUMNS, orderToRow } from '@/lib/store/rows';
import { createStores } from '@/lib/store/stores';
import { sampleOrder } from '@/lib/test-support/sample-order';

/** The shop's stores on a SQLite file, as lib/db opens it. */
const openFile = (file: string) => {
  const sql = openSqliteDatabase(file, SHOP_SQLITE_STEPS, 'shop database');
  return { ...createStores(sql), close: () => sql.close() };
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shop-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'shop.sqlite');
};

describe('the shop stores in a SQLite file', () => {
  it('keeps an order across a reopen of the same file', async () => {
    const file = tempFile();
    const ref = newOrderRef();
    const first = openFile(file);
    await first.orders.insert(sampleOrder(ref));
    await first.close();
    const second = openFile(file);
    expect(await second.orders.findByRef(ref)).toEqual(sampleOrder(ref));
    await second.close();
  });

  it('migrates a database written by the first version without losing its orders', async () => {
    const file = tempFile();
    await openFile(file).close();
    // Roll the file back to the first schema, as an older shop left it, with one order in it.
    const db = new Database(file);
    db.exec(`DROP TABLE outbox; DROP INDEX orders_order_no; DROP TABLE paypal_orders; DROP TABLE recovery_actions; DROP TABLE sessions; DROP TABLE payment_reports; DROP TABLE payments; DROP TABLE idempotency_keys; DROP TABLE rate_limits;
      DROP INDEX orders_account_email; ALTER TABLE orders DROP COLUMN account_email;
      ALTER TABLE orders DROP COLUMN placed_with; ALTER TABLE orders DROP COLUMN provider_pay_status;`);
    db.pragma('user_version = 1');
    const ref = newOrderRef();
    const { accountEmail: _a, placedWith: _p, providerPayStatus: _s, ...v1 } = sampleOrder(ref);
    void [_a, _p, _s];
    db.prepare(
      `INSERT INTO orders VALUES (@ref, @createdAt, @locale, @email, @packageId, @packageCode, @packageName, @currency,
       @currencyId, @digits, @quantity, @periods, @moneyMinor, 1055200093, 'ESIM_L1', 4500, 'JPY', 'P', '2026-11-26T10:00:00.958Z', 3, 'c', '{}', '{}')`,
    ).run(v1);
    db.close();

    const store = openFile(file);
    expect(await store.orders.findByRef(ref)).toMatchObject({ ref, placedWith: 'shop', accountEmail: null, providerPayStatus: null });
    expect(await store.formKeys.claim({ key: 'k', fingerprint: 'f', request: '{}', now: '2026-11-26T10:00:00Z' })).toEqual({ claimed: true });
    await store.close();
  });
});

describe('the PayPal step of the SQLite schema', () => {
  it('rebuilds the payments table keeping every card payment, and then takes PayPal payments', async () => {
    const file = tempFile();
    // A file as the shop before PayPal left it (schema 5), with a card payment that succeeded.
    await openSqliteDatabase(file, SHOP_SQLITE_STEPS.slice(0, 5), 'shop database').close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    db.close();
    const ref = newOrderRef();
    {
      const sql = openSqliteDatabase(file, SHOP_SQLITE_STEPS.slice(0, 5), 'shop database');
      // As that shop wrote an order (the outbox came later).
      const row = orderToRow(sampleOrder(ref));
      await sql.run(
        `INSERT INTO orders (${ORDER_COLUMNS.join(', ')}) VALUES (${ORDER_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})`,
        ORDER_COLUMNS.map((column) => row[column]),
      );
      await sql.run(
        `INSERT INTO payments (id, order_ref, status, amount_minor, currency, card_last4, reason, created_at, provider_payment_id)
         VALUES ('pay_old', $1, 'succeeded', 4500, 'JPY', '4242', NULL, '2026-11-26T10:00:00Z', 'sbx_pi_1')`,
        [ref],
      );
      await sql.close();
    }

    const store = openFile(file);
    expect(await store.payments.list(ref)).toEqual([
      expect.objectContaining({ id: 'pay_old', method: 'card', status: 'succeeded', cardLast4: '4242', providerPaymentId: 'sbx_pi_1', paypalOrderId: null }),
    ]);
    // Still one live payment per order: a PayPal capture cannot start beside the card payment.
    const paypal = { orderRef: ref, method: 'paypal' as const, amountMinor: 4500, currency: 'JPY', createdAt: '2026-11-26T10:01:00Z' };
    expect(await store.payments.start({ ...paypal, id: 'pay_new', paypalOrderId: 'PP1' })).toBe(false);
    await store.payments.update('pay_old', { from: 'succeeded', status: 'refunded', reason: 'test' });
    expect(await store.payments.start({ ...paypal, id: 'pay_new', paypalOrderId: 'PP1' })).toBe(true);
    expect(await store.payments.update('pay_new', { from: 'processing', status: 'pending', reason: null, providerPaymentId: 'CAP1' })).toBe(true);
    expect((await store.payments.list(ref)).at(-1)).toMatchObject({ method: 'paypal', status: 'pending', cardLast4: null, paypalOrderId: 'PP1' });
    await store.close();
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
