import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import type {
  IdempotencyRecord,
  OrderRecord,
  OrderStore,
  PaymentAttempt,
  PaymentReportRecord,
} from '@/lib/store/order-store';
import { migrate } from '@/lib/store/sqlite-migrations';


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
  account_email: z.string().nullable(),
  placed_with: z.enum(['shop', 'customer']),
  provider_pay_status: z.enum(['waiting', 'paid', 'failed', 'cancelled']).nullable(),
});

const paymentRowSchema = z.object({
  id: z.string(),
  order_ref: z.string(),
  status: z.enum(['processing', 'succeeded', 'declined', 'refunded']),
  amount_minor: z.number().int(),
  currency: z.string(),
  card_last4: z.string(),
  reason: z.string().nullable(),
  created_at: z.string(),
});

const reportRowSchema = z.object({
  order_ref: z.string(),
  type: z.enum(['succeeded', 'failed']),
  payment_id: z.string(),
  state: z.enum(['sending', 'answered', 'unconfirmed']),
  code: z.number().int().nullable(),
  message: z.string().nullable(),
  request_json: z.string().nullable(),
  response_json: z.string().nullable(),
  created_at: z.string(),
  answered_at: z.string().nullable(),
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
    account_email: order.accountEmail,
    placed_with: order.placedWith,
    provider_pay_status: order.providerPayStatus,
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
    accountEmail: row.account_email,
    placedWith: row.placed_with,
    providerPayStatus: row.provider_pay_status,
  };
}

function paymentFromRow(row: z.infer<typeof paymentRowSchema>): PaymentAttempt {
  return {
    id: row.id,
    orderRef: row.order_ref,
    status: row.status,
    amountMinor: row.amount_minor,
    currency: row.currency,
    cardLast4: row.card_last4,
    reason: row.reason,
    createdAt: row.created_at,
  };
}

function reportFromRow(row: z.infer<typeof reportRowSchema>): PaymentReportRecord {
  return {
    orderRef: row.order_ref,
    type: row.type,
    paymentId: row.payment_id,
    state: row.state,
    code: row.code,
    message: row.message,
    request: row.request_json,
    response: row.response_json,
    createdAt: row.created_at,
    answeredAt: row.answered_at,
  };
}

const idempotencyRowSchema = z.object({
  key: z.string(),
  fingerprint: z.string(),
  state: z.enum(['pending', 'done', 'refused', 'unconfirmed']),
  order_ref: z.string().nullable(),
  request_json: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

function idempotencyFromRow(row: z.infer<typeof idempotencyRowSchema>): IdempotencyRecord {
  return {
    key: row.key,
    fingerprint: row.fingerprint,
    state: row.state,
    orderRef: row.order_ref,
    request: row.request_json,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
  );
}

/** SQLite through better-sqlite3; `file` may be ':memory:' for tests. Migrations run on open. */
export function createSqliteOrderStore(file: string): OrderStore & { close(): void } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const columns = Object.keys(rowSchema.shape);
  const insert = db.prepare(
    `INSERT INTO orders (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  const byRef = db.prepare('SELECT * FROM orders WHERE ref = ?');
  const byAccount = db.prepare('SELECT * FROM orders WHERE account_email = ? ORDER BY created_at DESC');
  const recent = db.prepare('SELECT * FROM orders ORDER BY created_at DESC, rowid DESC LIMIT ?');
  const setPayStatus = db.prepare('UPDATE orders SET provider_pay_status = ? WHERE ref = ?');
  const insertPayment = db.prepare(
    `INSERT INTO payments (id, order_ref, status, amount_minor, currency, card_last4, reason, created_at)
     VALUES (@id, @orderRef, 'processing', @amountMinor, @currency, @cardLast4, NULL, @createdAt)`,
  );
  const updatePayment = db.prepare('UPDATE payments SET status = ?, reason = ? WHERE id = ?');
  const paymentsOf = db.prepare('SELECT * FROM payments WHERE order_ref = ? ORDER BY created_at, rowid');
  const insertReport = db.prepare(
    `INSERT INTO payment_reports (order_ref, type, payment_id, state, created_at)
     VALUES (@orderRef, @type, @paymentId, 'sending', @createdAt)`,
  );
  const updateReport = db.prepare(
    `UPDATE payment_reports SET state = @state, code = @code, message = @message, request_json = @request,
     response_json = @response, answered_at = @answeredAt WHERE order_ref = @orderRef`,
  );
  const reportOf = db.prepare('SELECT * FROM payment_reports WHERE order_ref = ?');
  const insertKey = db.prepare(
    `INSERT INTO idempotency_keys (key, fingerprint, state, created_at, updated_at) VALUES (?, ?, 'pending', ?, ?)`,
  );
  // A refused submission sent nothing to the provider, so its form may try again (corrected):
  // compare-and-set, so one concurrent retry wins.
  const reclaimKey = db.prepare(
    `UPDATE idempotency_keys SET state = 'pending', fingerprint = ?, updated_at = ? WHERE key = ? AND state = 'refused'`,
  );
  const keyOf = db.prepare('SELECT * FROM idempotency_keys WHERE key = ?');
  const finishKey = db.prepare(
    'UPDATE idempotency_keys SET state = @state, order_ref = @orderRef, request_json = @request, updated_at = @now WHERE key = @key',
  );
  const unconfirmed = db.prepare(
    `SELECT * FROM idempotency_keys WHERE state = 'unconfirmed' ORDER BY updated_at DESC LIMIT ?`,
  );
  const hit = db.prepare(
    `INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = hits + 1 RETURNING hits`,
  );
  const pruneHits = db.prepare('DELETE FROM rate_limits WHERE window_start < ?');
  const findKey = (key: string) => {
    const row = keyOf.get(key);
    return row ? idempotencyFromRow(idempotencyRowSchema.parse(row)) : null;
  };

  /** Runs an insert guarded by a unique constraint: true when it went in, false when it collided. */
  const tryInsert = (run: () => void) => {
    try {
      run();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  };

  return {
    async insert(order) {
      insert.run(toRow(order));
    },
    async findByRef(ref) {
      const row = byRef.get(ref);
      return row ? fromRow(rowSchema.parse(row)) : null;
    },
    async listByAccount(accountEmail) {
      return byAccount.all(accountEmail).map((row) => fromRow(rowSchema.parse(row)));
    },
    async listRecent(limit) {
      return recent.all(Math.max(1, Math.min(limit, 1000))).map((row) => fromRow(rowSchema.parse(row)));
    },
    async setProviderPayStatus(ref, status) {
      setPayStatus.run(status, ref);
    },
    async startPayment(attempt) {
      return tryInsert(() => insertPayment.run(attempt));
    },
    async finishPayment(id, status, reason) {
      updatePayment.run(status, reason, id);
    },
    async listPayments(orderRef) {
      return paymentsOf.all(orderRef).map((row) => paymentFromRow(paymentRowSchema.parse(row)));
    },
    async claimPaymentReport(report) {
      return tryInsert(() => insertReport.run(report));
    },
    async finishPaymentReport(orderRef, outcome) {
      updateReport.run({ orderRef, ...outcome });
    },
    async findPaymentReport(orderRef) {
      const row = reportOf.get(orderRef);
      return row ? reportFromRow(reportRowSchema.parse(row)) : null;
    },
    async claimIdempotencyKey({ key, fingerprint, now }) {
      const claim = db.transaction(() => {
        if (tryInsert(() => insertKey.run(key, fingerprint, now, now))) return { claimed: true as const };
        if (reclaimKey.run(fingerprint, now, key).changes === 1) return { claimed: true as const };
        return { claimed: false as const, existing: findKey(key)! };
      });
      return claim.immediate();
    },
    async finishIdempotencyKey(key, outcome, now) {
      finishKey.run({
        key,
        state: outcome.state,
        orderRef: outcome.state === 'done' ? outcome.orderRef : null,
        request: outcome.state === 'unconfirmed' ? outcome.request : null,
        now,
      });
    },
    async findIdempotencyKey(key) {
      return findKey(key);
    },
    async listUnconfirmed(limit) {
      return unconfirmed.all(Math.max(1, Math.min(limit, 1000))).map((row) => idempotencyFromRow(idempotencyRowSchema.parse(row)));
    },
    async hitRateLimit(bucket, windowStart) {
      // Windows are at most a day long: older rows are useless, dropping them keeps the table small.
      if (Math.random() < 0.01) pruneHits.run(new Date(Date.parse(windowStart) - 86_400_000).toISOString());
      return z.object({ hits: z.number().int() }).parse(hit.get(bucket, windowStart)).hits;
    },
    close() {
      db.close();
    },
  };
}
