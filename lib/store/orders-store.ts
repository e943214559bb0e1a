import { clampLimit } from '@/lib/db/rows';
import { first, insertionOrder, type Sql } from '@/lib/db/sql';
import type { ProviderPayStatus } from '@/lib/linksfield/types';
import { enqueueMail, type MailKind } from '@/lib/store/outbox-store';
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
  /** By the provider's order number, as a customer reads it from a receipt. */
  findByOrderNo(orderNo: string): Promise<OrderRecord | null>;
  /** A customer account's orders, newest first. */
  listByAccount(accountEmail: string): Promise<OrderRecord[]>;
  /** Newest first, for the staff console. */
  listRecent(limit: number): Promise<OrderRecord[]>;
  /** Also writes the customer's message for a status that ends the wait (paid, failed, cancelled), once. */
  setProviderPayStatus(ref: string, status: ProviderPayStatus, now?: string): Promise<void>;
  /**
   * Orders whose payment is still in flight and last moved before `before` (a crash cut it off, or
   * the provider never answered), a capture PayPal holds (asked after each pass), or that were refused
   * but not yet refunded: the recovery pass's work.
   */
  listInFlight(before: string, limit: number): Promise<OrderRecord[]>;
};

/** The customer's message when the provider's status ends the wait. */
const MAIL_FOR_STATUS: Partial<Record<ProviderPayStatus, MailKind>> = { paid: 'esim_ready', failed: 'payment_failed', cancelled: 'expired' };

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
      await sql.transaction(async (tx) => {
        await insertOrder(tx, order);
        await enqueueMail(tx, 'order_received', order.ref, order.createdAt);
      });
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
        await enqueueMail(tx, 'order_received', order.ref, now);
      });
    },
    async findByRef(ref) {
      const row = await first(sql.all('SELECT * FROM orders WHERE ref = $1', [ref]));
      return row ? orderFromRow(row) : null;
    },
    async findByOrderNo(orderNo) {
      const row = await first(sql.all('SELECT * FROM orders WHERE order_no = $1', [orderNo]));
      return row ? orderFromRow(row) : null;
    },
    async listByAccount(accountEmail) {
      return (await sql.all(`SELECT * FROM orders WHERE account_email = $1 ORDER BY ${newestFirst}`, [accountEmail])).map(orderFromRow);
    },
    async listRecent(limit) {
      return (await sql.all(`SELECT * FROM orders ORDER BY ${newestFirst} LIMIT $1`, [clampLimit(limit)])).map(orderFromRow);
    },
    async setProviderPayStatus(ref, status, now = new Date().toISOString()) {
      const kind = MAIL_FOR_STATUS[status];
      if (!kind) {
        await sql.run('UPDATE orders SET provider_pay_status = $1 WHERE ref = $2', [status, ref]);
        return;
      }
      await sql.transaction(async (tx) => {
        await tx.run('UPDATE orders SET provider_pay_status = $1 WHERE ref = $2', [status, ref]);
        // An order that expired after a payment was taken hears "refunded" instead, when the refund is made.
        if (kind === 'expired' && (await tx.all(`SELECT 1 FROM payments WHERE order_ref = $1 AND status <> 'declined'`, [ref])).length > 0) return;
        await enqueueMail(tx, kind, ref, now);
      });
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
