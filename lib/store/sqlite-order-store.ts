import 'server-only';
import { z } from 'zod';
import { openSqlite } from '@/lib/sqlite/open-sqlite';
import { sessionsForgottenBefore, type OrderStore } from '@/lib/store/order-store';
import { migrate } from '@/lib/store/sqlite-migrations';
import {
  idempotencyFromRow,
  ORDER_COLUMNS,
  orderFromRow,
  orderToRow,
  paymentFromRow,
  recoveryFromRow,
  reportFromRow,
} from '@/lib/store/store-rows';


const clampLimit = (limit: number) => Math.max(1, Math.min(Math.trunc(limit) || 1, 1000));

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
  );
}

/** SQLite through better-sqlite3; `file` may be ':memory:' for tests. Migrations run on open. */
export function createSqliteOrderStore(file: string): OrderStore & { close(): void } {
  const db = openSqlite(file);
  db.pragma('foreign_keys = ON');
  migrate(db);
  const columns = ORDER_COLUMNS;
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
  const updatePayment = db.prepare(
    `UPDATE payments SET status = @status, reason = @reason,
     provider_payment_id = COALESCE(@providerPaymentId, provider_payment_id) WHERE id = @id AND status = @from`,
  );
  const paymentsOf = db.prepare('SELECT * FROM payments WHERE order_ref = ? ORDER BY created_at, rowid');
  const insertReport = db.prepare(
    `INSERT INTO payment_reports (order_ref, type, payment_id, state, created_at, sent_at)
     VALUES (@orderRef, @type, @paymentId, 'sending', @createdAt, @createdAt)`,
  );
  const updateReport = db.prepare(
    `UPDATE payment_reports SET state = @state, code = @code, message = @message, request_json = @request,
     response_json = @response, answered_at = @answeredAt
     WHERE order_ref = @orderRef AND state = @expectedState AND attempts = @expectedAttempts`,
  );
  const resendReport = db.prepare(
    `UPDATE payment_reports SET state = 'sending', attempts = attempts + 1, sent_at = @now
     WHERE order_ref = @orderRef AND state = @expectedState AND attempts = @expectedAttempts`,
  );
  // See OrderStore.listInFlight; the same query runs on PostgreSQL.
  const inFlight = db.prepare(
    `SELECT o.* FROM orders o WHERE o.ref IN (
       SELECT p.order_ref FROM payments p LEFT JOIN payment_reports r ON r.order_ref = p.order_ref
       WHERE (p.status = 'processing' AND p.created_at < @before)
          OR (p.status = 'succeeded' AND (
               (r.order_ref IS NULL AND p.created_at < @before)
            OR (r.state IN ('sending', 'unconfirmed') AND r.sent_at < @before)
            OR (r.state = 'answered' AND r.code <> 0 AND r.answered_at < @before)))
     ) ORDER BY o.created_at LIMIT @limit`,
  );
  const reportOf = db.prepare('SELECT * FROM payment_reports WHERE order_ref = ?');
  const insertKey = db.prepare(
    `INSERT INTO idempotency_keys (key, fingerprint, state, request_json, created_at, updated_at)
     VALUES (@key, @fingerprint, 'pending', @request, @now, @now)`,
  );
  // A refused submission sent nothing to the provider, so its form may try again (corrected):
  // compare-and-set, so one concurrent retry wins.
  const reclaimKey = db.prepare(
    `UPDATE idempotency_keys SET state = 'pending', fingerprint = @fingerprint, request_json = @request, updated_at = @now
     WHERE key = @key AND state = 'refused'`,
  );
  const stalePending = db.prepare(
    `SELECT * FROM idempotency_keys WHERE state = 'pending' AND updated_at < ? ORDER BY updated_at LIMIT ?`,
  );
  const expireKey = db.prepare(
    `UPDATE idempotency_keys SET state = 'unconfirmed', updated_at = ? WHERE key = ? AND state = 'pending' AND updated_at < ?`,
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
  const insertRecovery = db.prepare(
    `INSERT INTO recovery_actions (at, order_ref, idempotency_key, action, detail)
     VALUES (@at, @orderRef, @idempotencyKey, @action, @detail)`,
  );
  const recentRecovery = db.prepare('SELECT * FROM recovery_actions ORDER BY id DESC LIMIT ?');
  const recoveryOfOrder = db.prepare('SELECT * FROM recovery_actions WHERE order_ref = ? ORDER BY id DESC LIMIT ?');
  const unhit = db.prepare('UPDATE rate_limits SET hits = hits - 1 WHERE bucket = ? AND window_start = ? AND hits > 0');
  const insertSession = db.prepare(
    'INSERT INTO sessions (id, kind, created_at, expires_at) VALUES (@id, @kind, @createdAt, @expiresAt)',
  );
  const pruneSessions = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  const liveSession = db.prepare(
    'SELECT 1 FROM sessions WHERE id = ? AND kind = ? AND ended_at IS NULL AND expires_at > ?',
  );
  const endSession = db.prepare('UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL');
  const findKey = (key: string) => {
    const row = keyOf.get(key);
    return row ? idempotencyFromRow(row) : null;
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
      insert.run(orderToRow(order));
    },
    async findByRef(ref) {
      const row = byRef.get(ref);
      return row ? orderFromRow(row) : null;
    },
    async listByAccount(accountEmail) {
      return byAccount.all(accountEmail).map((row) => orderFromRow(row));
    },
    async listRecent(limit) {
      return recent.all(clampLimit(limit)).map((row) => orderFromRow(row));
    },
    async setProviderPayStatus(ref, status) {
      setPayStatus.run(status, ref);
    },
    async startPayment(attempt) {
      return tryInsert(() => insertPayment.run(attempt));
    },
    async updatePayment(id, update) {
      const { from, status, reason, providerPaymentId = null } = update;
      return updatePayment.run({ id, from, status, reason, providerPaymentId }).changes === 1;
    },
    async listPayments(orderRef) {
      return paymentsOf.all(orderRef).map((row) => paymentFromRow(row));
    },
    async claimPaymentReport(report) {
      return tryInsert(() => insertReport.run(report));
    },
    async finishPaymentReport(orderRef, expected, outcome) {
      const version = { expectedState: expected.state, expectedAttempts: expected.attempts };
      return updateReport.run({ orderRef, ...version, ...outcome }).changes === 1;
    },
    async resendPaymentReport(orderRef, expected, now) {
      return resendReport.run({ orderRef, now, expectedState: expected.state, expectedAttempts: expected.attempts }).changes === 1;
    },
    async listInFlight(before, limit) {
      return inFlight.all({ before, limit: clampLimit(limit) }).map((row) => orderFromRow(row));
    },
    async findPaymentReport(orderRef) {
      const row = reportOf.get(orderRef);
      return row ? reportFromRow(row) : null;
    },
    async claimIdempotencyKey({ key, fingerprint, request, now }) {
      const claim = db.transaction(() => {
        if (tryInsert(() => insertKey.run({ key, fingerprint, request, now }))) return { claimed: true as const };
        if (reclaimKey.run({ key, fingerprint, request, now }).changes === 1) return { claimed: true as const };
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
    async listStalePending(before, limit) {
      return stalePending.all(before, clampLimit(limit)).map((row) => idempotencyFromRow(row));
    },
    async expireIdempotencyKey(key, before, now) {
      return expireKey.run(now, key, before).changes === 1;
    },
    async listUnconfirmed(limit) {
      return unconfirmed.all(clampLimit(limit)).map((row) => idempotencyFromRow(row));
    },
    async hitRateLimit(bucket, windowStart) {
      // Windows are at most a day long: older rows are useless, dropping them keeps the table small.
      if (Math.random() < 0.01) pruneHits.run(new Date(Date.parse(windowStart) - 86_400_000).toISOString());
      return z.object({ hits: z.number().int() }).parse(hit.get(bucket, windowStart)).hits;
    },
    async recordRecovery(action) {
      insertRecovery.run(action);
    },
    async listRecovery(limit, orderRef) {
      const rows = orderRef ? recoveryOfOrder.all(orderRef, clampLimit(limit)) : recentRecovery.all(clampLimit(limit));
      return rows.map((row) => recoveryFromRow(row));
    },
    async releaseRateLimitHit(bucket, windowStart) {
      unhit.run(bucket, windowStart);
    },
    async startSession(session) {
      db.transaction(() => {
        pruneSessions.run(sessionsForgottenBefore(session.createdAt));
        insertSession.run(session);
      })();
    },
    async isSessionLive(id, kind, now) {
      return liveSession.get(id, kind, now) !== undefined;
    },
    async endSession(id, now) {
      endSession.run(now, id);
    },
    close() {
      db.close();
    },
  };
}
