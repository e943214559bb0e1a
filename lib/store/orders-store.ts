import { clampLimit } from '@/lib/db/rows';
import { first, insertionOrder, type Sql } from '@/lib/db/sql';
import type { ProviderPayStatus } from '@/lib/linksfield/types';
import type { OrderRecord } from '@/lib/store/records';
import { ORDER_COLUMNS, orderFromRow, orderToRow } from '@/lib/store/rows';

export type OrdersStore = {
  insert(order: OrderRecord): Promise<void>;
  /**
   * Stores a placed order and closes the form key that placed it (pending, or turned unconfirmed
   * meanwhile) as done: both or neither.
   */
  insertForKey(order: OrderRecord, key: string, now: string): Promise<void>;
  findByRef(ref: string): Promise<OrderRecord | null>;
  /** A customer account's orders, newest first. */
  listByAccount(accountEmail: string): Promise<OrderRecord[]>;
  /** Newest first, for the staff console. */
  listRecent(limit: number): Promise<OrderRecord[]>;
  setProviderPayStatus(ref: string, status: ProviderPayStatus): Promise<void>;
  /**
   * Orders whose payment is still in flight and last moved before `before` (a crash cut it off, or
   * the provider never answered), a capture PayPal holds (asked after each pass), or that were refused
   * but not yet refunded: the recovery pass's work.
   */
  listInFlight(before: string, limit: number): Promise<OrderRecord[]>;
};

const INSERT = `INSERT INTO orders (${ORDER_COLUMNS.join(', ')}) VALUES (${ORDER_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})`;

const insertOrder = (sql: Sql, order: OrderRecord) => {
  const row = orderToRow(order);
  return sql.run(
    INSERT,
    ORDER_COLUMNS.map((column) => row[column]),
  );
};

export function createOrdersStore(sql: Sql): OrdersStore {
  const newestFirst = `created_at DESC, ${insertionOrder(sql)} DESC`;
  return {
    async insert(order) {
      await insertOrder(sql, order);
    },
    async insertForKey(order, key, now) {
      await sql.transaction(async (tx) => {
        await insertOrder(tx, order);
        // A key that is not waiting for this answer (unknown, done, refused) means the caller lost
        // track of it: the order is not stored rather than stored beside the wrong key.
        const closed = await tx.run(
          `UPDATE idempotency_keys SET state = 'done', order_ref = $1, request_json = NULL, updated_at = $2
           WHERE key = $3 AND state IN ('pending', 'unconfirmed')`,
          [order.ref, now, key],
        );
        if (closed !== 1) throw new Error(`Form key ${key} is not waiting for an order`);
      });
    },
    async findByRef(ref) {
      const row = await first(sql.all('SELECT * FROM orders WHERE ref = $1', [ref]));
      return row ? orderFromRow(row) : null;
    },
    async listByAccount(accountEmail) {
      return (await sql.all(`SELECT * FROM orders WHERE account_email = $1 ORDER BY ${newestFirst}`, [accountEmail])).map(orderFromRow);
    },
    async listRecent(limit) {
      return (await sql.all(`SELECT * FROM orders ORDER BY ${newestFirst} LIMIT $1`, [clampLimit(limit)])).map(orderFromRow);
    },
    async setProviderPayStatus(ref, status) {
      await sql.run('UPDATE orders SET provider_pay_status = $1 WHERE ref = $2', [status, ref]);
    },
    async listInFlight(before, limit) {
      const rows = await sql.all(
        `SELECT o.* FROM orders o WHERE o.ref IN (
           SELECT p.order_ref FROM payments p LEFT JOIN payment_reports r ON r.order_ref = p.order_ref
           WHERE (p.status = 'processing' AND p.created_at < $1)
              OR p.status = 'pending'
              OR (p.status = 'succeeded' AND (
                   (r.order_ref IS NULL AND p.created_at < $1)
                OR (r.state IN ('sending', 'unconfirmed') AND r.sent_at < $1)
                OR (r.state = 'answered' AND r.code <> 0 AND r.answered_at < $1)))
         ) ORDER BY o.created_at, ${insertionOrder(sql, 'o')} LIMIT $2`,
        [before, clampLimit(limit)],
      );
      return rows.map(orderFromRow);
    },
  };
}
