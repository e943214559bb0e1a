import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { sessionsForgottenBefore, type OrderStore } from '@/lib/store/order-store';
import { migrate } from '@/lib/store/sqlite-migrations';
import {
  idempotencyFromRow,
  ORDER_COLUMNS,
  orderFromRow,
  orderToRow,
  paymentFromRow,
  reportFromRow,
} from '@/lib/store/store-rows';


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
      return recent.all(Math.max(1, Math.min(limit, 1000))).map((row) => orderFromRow(row));
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
      return paymentsOf.all(orderRef).map((row) => paymentFromRow(row));
    },
    async claimPaymentReport(report) {
      return tryInsert(() => insertReport.run(report));
    },
    async finishPaymentReport(orderRef, outcome) {
      updateReport.run({ orderRef, ...outcome });
    },
    async findPaymentReport(orderRef) {
      const row = reportOf.get(orderRef);
      return row ? reportFromRow(row) : null;
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
      return unconfirmed.all(Math.max(1, Math.min(limit, 1000))).map((row) => idempotencyFromRow(row));
    },
    async hitRateLimit(bucket, windowStart) {
      // Windows are at most a day long: older rows are useless, dropping them keeps the table small.
      if (Math.random() < 0.01) pruneHits.run(new Date(Date.parse(windowStart) - 86_400_000).toISOString());
      return z.object({ hits: z.number().int() }).parse(hit.get(bucket, windowStart)).hits;
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
