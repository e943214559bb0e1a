import 'server-only';
import pg from 'pg';
import { z } from 'zod';
import { sessionsForgottenBefore, type IdempotencyClaim, type OrderRecord, type OrderStore } from '@/lib/store/order-store';
import { migratedOrClosed } from '@/lib/store/postgres-migrations';
import {
  idempotencyFromRow,
  ORDER_COLUMNS,
  orderFromRow,
  orderToRow,
  paymentFromRow,
  recoveryFromRow,
  reportFromRow,
} from '@/lib/store/store-rows';

export type PostgresOrderStore = OrderStore & { close(): Promise<void> };

const hitsSchema = z.object({ hits: z.int() });

/** The order's values in ORDER_COLUMNS order, for a positional insert. */
const orderValues = (order: OrderRecord) => {
  const row = orderToRow(order);
  return ORDER_COLUMNS.map((column) => row[column]);
};

/** SQLSTATE unique_violation: the constraint that makes a claim single. */
const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION;
}

const clampLimit = (limit: number) => Math.max(1, Math.min(Math.trunc(limit) || 1, 1000));

/**
 * PostgreSQL through a pg pool, with the same behaviour as the SQLite store (the shared contract
 * suite runs against both). The store owns the pool: `close()` ends it. Migrations are not run here;
 * `openPostgresOrderStore` runs them.
 */
export function createPostgresOrderStore(pool: pg.Pool): PostgresOrderStore {
  // An idle pooled connection can die (server restart, failover); pg reports that on the pool, and
  // an unheard 'error' event would end the process. The pool replaces the connection on next use.
  pool.on('error', (error) => {
    console.error(`[shop] PostgreSQL connection lost: ${error.message}`);
  });

  const insertOrder = `INSERT INTO orders (${ORDER_COLUMNS.join(', ')})
    VALUES (${ORDER_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})`;

  /** Runs an insert guarded by a unique constraint: true when it went in, false when it collided. */
  const tryInsert = async (sql: string, values: unknown[]) => {
    try {
      return (await pool.query(sql, values)).rowCount === 1;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  };

  const findKey = async (client: pg.Pool | pg.PoolClient, key: string) => {
    const { rows } = await client.query('SELECT * FROM idempotency_keys WHERE key = $1', [key]);
    return rows[0] ? idempotencyFromRow(rows[0]) : null;
  };

  return {
    async insert(order) {
      await pool.query(insertOrder, orderValues(order));
    },
    async findByRef(ref) {
      const { rows } = await pool.query('SELECT * FROM orders WHERE ref = $1', [ref]);
      return rows[0] ? orderFromRow(rows[0]) : null;
    },
    async listByAccount(accountEmail) {
      const { rows } = await pool.query(
        'SELECT * FROM orders WHERE account_email = $1 ORDER BY created_at DESC, seq DESC',
        [accountEmail],
      );
      return rows.map(orderFromRow);
    },
    async listRecent(limit) {
      const { rows } = await pool.query('SELECT * FROM orders ORDER BY created_at DESC, seq DESC LIMIT $1', [
        clampLimit(limit),
      ]);
      return rows.map(orderFromRow);
    },
    async setProviderPayStatus(ref, status) {
      await pool.query('UPDATE orders SET provider_pay_status = $1 WHERE ref = $2', [status, ref]);
    },
    async startPayment(attempt) {
      // The partial unique index payments_one_live refuses a second live payment for the order.
      return tryInsert(
        `INSERT INTO payments (id, order_ref, status, amount_minor, currency, card_last4, reason, created_at)
         VALUES ($1, $2, 'processing', $3, $4, $5, NULL, $6)`,
        [attempt.id, attempt.orderRef, attempt.amountMinor, attempt.currency, attempt.cardLast4, attempt.createdAt],
      );
    },
    async updatePayment(id, { from, status, reason, providerPaymentId = null }) {
      const { rowCount } = await pool.query(
        `UPDATE payments SET status = $1, reason = $2, provider_payment_id = COALESCE($3, provider_payment_id)
         WHERE id = $4 AND status = $5`,
        [status, reason, providerPaymentId, id, from],
      );
      return rowCount === 1;
    },
    async listPayments(orderRef) {
      const { rows } = await pool.query('SELECT * FROM payments WHERE order_ref = $1 ORDER BY created_at, seq', [
        orderRef,
      ]);
      return rows.map(paymentFromRow);
    },
    async claimPaymentReport(report) {
      return tryInsert(
        `INSERT INTO payment_reports (order_ref, type, payment_id, state, created_at, sent_at)
         VALUES ($1, $2, $3, 'sending', $4, $4)`,
        [report.orderRef, report.type, report.paymentId, report.createdAt],
      );
    },
    async finishPaymentReport(orderRef, expected, outcome) {
      const { rowCount } = await pool.query(
        `UPDATE payment_reports SET state = $1, code = $2, message = $3, request_json = $4, response_json = $5,
         answered_at = $6 WHERE order_ref = $7 AND state = $8 AND attempts = $9`,
        [
          outcome.state,
          outcome.code,
          outcome.message,
          outcome.request,
          outcome.response,
          outcome.answeredAt,
          orderRef,
          expected.state,
          expected.attempts,
        ],
      );
      return rowCount === 1;
    },
    async resendPaymentReport(orderRef, expected, now) {
      const { rowCount } = await pool.query(
        `UPDATE payment_reports SET state = 'sending', attempts = attempts + 1, sent_at = $1
         WHERE order_ref = $2 AND state = $3 AND attempts = $4`,
        [now, orderRef, expected.state, expected.attempts],
      );
      return rowCount === 1;
    },
    async listInFlight(before, limit) {
      // The query of the SQLite store (see OrderStore.listInFlight).
      const { rows } = await pool.query(
        `SELECT o.* FROM orders o WHERE o.ref IN (
           SELECT p.order_ref FROM payments p LEFT JOIN payment_reports r ON r.order_ref = p.order_ref
           WHERE (p.status = 'processing' AND p.created_at < $1)
              OR (p.status = 'succeeded' AND (
                   (r.order_ref IS NULL AND p.created_at < $1)
                OR (r.state IN ('sending', 'unconfirmed') AND r.sent_at < $1)
                OR (r.state = 'answered' AND r.code <> 0 AND r.answered_at < $1)))
         ) ORDER BY o.created_at, o.seq LIMIT $2`,
        [before, clampLimit(limit)],
      );
      return rows.map(orderFromRow);
    },
    async findPaymentReport(orderRef) {
      const { rows } = await pool.query('SELECT * FROM payment_reports WHERE order_ref = $1', [orderRef]);
      return rows[0] ? reportFromRow(rows[0]) : null;
    },
    async claimIdempotencyKey({ key, fingerprint, request, now }): Promise<IdempotencyClaim> {
      // Three statements, each with its own snapshot (READ COMMITTED): the INSERT waits for a rival
      // insert of the same key to commit or roll back; the UPDATE is a compare-and-set, and a rival
      // UPDATE of the same row waits and then re-checks `state = 'refused'`, so exactly one wins; the
      // SELECT then sees whatever the winner left. One statement with CTEs would not do: all its
      // parts share one snapshot and could miss a row that a rival committed meanwhile.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const inserted = await client.query(
          `INSERT INTO idempotency_keys (key, fingerprint, state, request_json, created_at, updated_at)
           VALUES ($1, $2, 'pending', $3, $4, $4) ON CONFLICT (key) DO NOTHING`,
          [key, fingerprint, request, now],
        );
        let claim: IdempotencyClaim = { claimed: true };
        if (inserted.rowCount !== 1) {
          // A refused submission sent nothing to the provider: its form may try again, corrected.
          const reclaimed = await client.query(
            `UPDATE idempotency_keys SET state = 'pending', fingerprint = $1, request_json = $2, updated_at = $3
             WHERE key = $4 AND state = 'refused'`,
            [fingerprint, request, now, key],
          );
          if (reclaimed.rowCount !== 1) {
            const existing = await findKey(client, key);
            if (!existing) throw new Error(`Idempotency key vanished while being claimed: ${key}`);
            claim = { claimed: false, existing };
          }
        }
        await client.query('COMMIT');
        client.release();
        return claim;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(error instanceof Error ? error : true);
        throw error;
      }
    },
    async finishIdempotencyKey(key, outcome, now) {
      await pool.query(
        'UPDATE idempotency_keys SET state = $1, order_ref = $2, request_json = $3, updated_at = $4 WHERE key = $5',
        [
          outcome.state,
          outcome.state === 'done' ? outcome.orderRef : null,
          outcome.state === 'unconfirmed' ? outcome.request : null,
          now,
          key,
        ],
      );
    },
    async findIdempotencyKey(key) {
      return findKey(pool, key);
    },
    async listStalePending(before, limit) {
      const { rows } = await pool.query(
        `SELECT * FROM idempotency_keys WHERE state = 'pending' AND updated_at < $1 ORDER BY updated_at LIMIT $2`,
        [before, clampLimit(limit)],
      );
      return rows.map(idempotencyFromRow);
    },
    async expireIdempotencyKey(key, before, now) {
      const { rowCount } = await pool.query(
        `UPDATE idempotency_keys SET state = 'unconfirmed', updated_at = $1
         WHERE key = $2 AND state = 'pending' AND updated_at < $3`,
        [now, key, before],
      );
      return rowCount === 1;
    },
    async listUnconfirmed(limit) {
      const { rows } = await pool.query(
        `SELECT * FROM idempotency_keys WHERE state = 'unconfirmed' ORDER BY updated_at DESC LIMIT $1`,
        [clampLimit(limit)],
      );
      return rows.map(idempotencyFromRow);
    },
    async hitRateLimit(bucket, windowStart) {
      // Windows are at most a day long: older rows are useless, dropping them keeps the table small.
      if (Math.random() < 0.01) {
        await pool.query('DELETE FROM rate_limits WHERE window_start < $1', [
          new Date(Date.parse(windowStart) - 86_400_000).toISOString(),
        ]);
      }
      const { rows } = await pool.query(
        `INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
        [bucket, windowStart],
      );
      return hitsSchema.parse(rows[0]).hits;
    },
    async recordRecovery(action) {
      await pool.query(
        'INSERT INTO recovery_actions (at, order_ref, idempotency_key, action, detail) VALUES ($1, $2, $3, $4, $5)',
        [action.at, action.orderRef, action.idempotencyKey, action.action, action.detail],
      );
    },
    async listRecovery(limit, orderRef) {
      const { rows } = orderRef
        ? await pool.query('SELECT * FROM recovery_actions WHERE order_ref = $1 ORDER BY id DESC LIMIT $2', [
            orderRef,
            clampLimit(limit),
          ])
        : await pool.query('SELECT * FROM recovery_actions ORDER BY id DESC LIMIT $1', [clampLimit(limit)]);
      return rows.map(recoveryFromRow);
    },
    async releaseRateLimitHit(bucket, windowStart) {
      await pool.query('UPDATE rate_limits SET hits = hits - 1 WHERE bucket = $1 AND window_start = $2 AND hits > 0', [
        bucket,
        windowStart,
      ]);
    },
    async startSession(session) {
      // Two statements, no transaction needed: pruning old rows may run in any order with the insert.
      await pool.query('DELETE FROM sessions WHERE expires_at < $1', [sessionsForgottenBefore(session.createdAt)]);
      await pool.query('INSERT INTO sessions (id, kind, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
        session.id,
        session.kind,
        session.createdAt,
        session.expiresAt,
      ]);
    },
    async isSessionLive(id, kind, now) {
      const { rowCount } = await pool.query(
        'SELECT 1 FROM sessions WHERE id = $1 AND kind = $2 AND ended_at IS NULL AND expires_at > $3',
        [id, kind, now],
      );
      return rowCount === 1;
    },
    async endSession(id, now) {
      await pool.query('UPDATE sessions SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL', [now, id]);
    },
    async close() {
      await pool.end();
    },
  };
}

export type PostgresPoolOptions = Omit<pg.PoolConfig, 'connectionString'>;

/** Connects to `url`, brings its schema up to date, and returns the store; the pool is ended if that fails. */
export async function openPostgresOrderStore(url: string, options: PostgresPoolOptions = {}): Promise<PostgresOrderStore> {
  const pool = new pg.Pool({ connectionTimeoutMillis: 10_000, ...options, connectionString: url });
  const store = createPostgresOrderStore(pool);
  return migratedOrClosed(pool, store);
}
