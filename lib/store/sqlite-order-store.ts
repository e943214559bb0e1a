import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import type { OrderRecord, OrderStore } from '@/lib/store/order-store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS orders (
  ref TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  locale TEXT NOT NULL,
  email TEXT NOT NULL,
  package_id INTEGER NOT NULL,
  package_code TEXT NOT NULL,
  package_name TEXT NOT NULL,
  currency TEXT NOT NULL,
  currency_id INTEGER NOT NULL,
  digits INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  periods INTEGER NOT NULL,
  money_minor INTEGER NOT NULL,
  provider_order_id INTEGER NOT NULL,
  order_no TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  provider_currency TEXT NOT NULL,
  provider_package_name TEXT NOT NULL,
  order_time TEXT NOT NULL,
  provider_periods INTEGER NOT NULL,
  client_id TEXT NOT NULL,
  request_json TEXT NOT NULL,
  response_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_provider_order_id ON orders (provider_order_id);
`;

const rowSchema = z.object({
  ref: z.string(),
  created_at: z.string(),
  locale: z.enum(locales),
  email: z.string(),
  package_id: z.number().int(),
  package_code: z.string(),
  package_name: z.string(),
  currency: z.string(),
  currency_id: z.number().int(),
  digits: z.number().int(),
  quantity: z.number().int(),
  periods: z.number().int(),
  money_minor: z.number().int(),
  provider_order_id: z.number().int(),
  order_no: z.string(),
  amount_minor: z.number().int(),
  provider_currency: z.string(),
  provider_package_name: z.string(),
  order_time: z.string(),
  provider_periods: z.number().int(),
  client_id: z.string(),
  request_json: z.string(),
  response_json: z.string(),
});

type Row = z.infer<typeof rowSchema>;

function toRow(order: OrderRecord): Row {
  return {
    ref: order.ref,
    created_at: order.createdAt,
    locale: order.locale,
    email: order.email,
    package_id: order.packageId,
    package_code: order.packageCode,
    package_name: order.packageName,
    currency: order.currency,
    currency_id: order.currencyId,
    digits: order.digits,
    quantity: order.quantity,
    periods: order.periods,
    money_minor: order.moneyMinor,
    provider_order_id: order.provider.orderId,
    order_no: order.provider.orderNo,
    amount_minor: order.provider.amountMinor,
    provider_currency: order.provider.currency,
    provider_package_name: order.provider.packageName,
    order_time: order.provider.orderTime,
    provider_periods: order.provider.periods,
    client_id: order.provider.clientId,
    request_json: order.exchange.request,
    response_json: order.exchange.response,
  };
}

function fromRow(row: Row): OrderRecord {
  return {
    ref: row.ref,
    createdAt: row.created_at,
    locale: row.locale,
    email: row.email,
    packageId: row.package_id,
    packageCode: row.package_code,
    packageName: row.package_name,
    currency: row.currency,
    currencyId: row.currency_id,
    digits: row.digits,
    quantity: row.quantity,
    periods: row.periods,
    moneyMinor: row.money_minor,
    provider: {
      orderId: row.provider_order_id,
      orderNo: row.order_no,
      amountMinor: row.amount_minor,
      currency: row.provider_currency,
      packageName: row.provider_package_name,
      orderTime: row.order_time,
      periods: row.provider_periods,
      clientId: row.client_id,
    },
    exchange: { request: row.request_json, response: row.response_json },
  };
}

/** SQLite through better-sqlite3; `file` may be ':memory:' for tests. The schema is created on open. */
export function createSqliteOrderStore(file: string): OrderStore & { close(): void } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const columns = Object.keys(rowSchema.shape);
  const insert = db.prepare(
    `INSERT INTO orders (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  const byRef = db.prepare('SELECT * FROM orders WHERE ref = ?');
  return {
    async insert(order) {
      insert.run(toRow(order));
    },
    async findByRef(ref) {
      const row = byRef.get(ref);
      return row ? fromRow(rowSchema.parse(row)) : null;
    },
    close() {
      db.close();
    },
  };
}
