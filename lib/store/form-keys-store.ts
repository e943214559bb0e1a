import { clampLimit } from '@/lib/db/rows';
import { first, type Sql } from '@/lib/db/sql';
import type { IdempotencyClaim, IdempotencyRecord } from '@/lib/store/records';
import { idempotencyFromRow } from '@/lib/store/rows';

/** The order forms' idempotency keys: one pre-order per form, whatever the browser sends. */
export type FormKeysStore = {
  /**
   * Claims an order form's key for one pre-order, keeping the customer's request for staff. A
   * `refused` key (nothing reached the provider) is claimed again, with the corrected order's
   * fingerprint; any other existing key is not.
   */
  claim(claim: { key: string; fingerprint: string; request: string; now: string }): Promise<IdempotencyClaim>;
  finish(
    key: string,
    outcome: { state: 'done'; orderRef: string } | { state: 'refused' } | { state: 'unconfirmed'; request: string },
    now: string,
  ): Promise<void>;
  find(key: string): Promise<IdempotencyRecord | null>;
  /** Keys still `pending` since before `before`: their pre-order was cut off. Oldest first. */
  listStalePending(before: string, limit: number): Promise<IdempotencyRecord[]>;
  /** A `pending` key untouched since before `before` becomes `unconfirmed`; false if it moved meanwhile. */
  expire(key: string, before: string, now: string): Promise<boolean>;
  /** Pre-orders sent without an answer, newest first, for staff. */
  listUnconfirmed(limit: number): Promise<IdempotencyRecord[]>;
};

export function createFormKeysStore(sql: Sql): FormKeysStore {
  const find = async (db: Sql, key: string) => {
    const row = await first(db.all('SELECT * FROM idempotency_keys WHERE key = $1', [key]));
    return row ? idempotencyFromRow(row) : null;
  };
  return {
    claim({ key, fingerprint, request, now }) {
      // Three statements, each with its own snapshot on PostgreSQL (READ COMMITTED): the INSERT waits
      // for a rival insert of the same key to commit or roll back; the UPDATE is a compare-and-set,
      // and a rival UPDATE of the same row waits and then re-checks `state = 'refused'`, so exactly
      // one wins; the SELECT then sees whatever the winner left. (One statement with CTEs would share
      // one snapshot and could miss a rival's row.) SQLite holds the write lock throughout.
      return sql.transaction(async (tx): Promise<IdempotencyClaim> => {
        const inserted = await tx.run(
          `INSERT INTO idempotency_keys (key, fingerprint, state, request_json, created_at, updated_at)
           VALUES ($1, $2, 'pending', $3, $4, $4) ON CONFLICT (key) DO NOTHING`,
          [key, fingerprint, request, now],
        );
        if (inserted === 1) return { claimed: true };
        // A refused submission sent nothing to the provider: its form may try again, corrected.
        const reclaimed = await tx.run(
          `UPDATE idempotency_keys SET state = 'pending', fingerprint = $1, request_json = $2, updated_at = $3
           WHERE key = $4 AND state = 'refused'`,
          [fingerprint, request, now, key],
        );
        if (reclaimed === 1) return { claimed: true };
        const existing = await find(tx, key);
        if (!existing) throw new Error(`Idempotency key vanished while being claimed: ${key}`);
        return { claimed: false, existing };
      });
    },
    async finish(key, outcome, now) {
      await sql.run('UPDATE idempotency_keys SET state = $1, order_ref = $2, request_json = $3, updated_at = $4 WHERE key = $5', [
        outcome.state,
        outcome.state === 'done' ? outcome.orderRef : null,
        outcome.state === 'unconfirmed' ? outcome.request : null,
        now,
        key,
      ]);
    },
    find: (key) => find(sql, key),
    async listStalePending(before, limit) {
      const rows = await sql.all(
        `SELECT * FROM idempotency_keys WHERE state = 'pending' AND updated_at < $1 ORDER BY updated_at LIMIT $2`,
        [before, clampLimit(limit)],
      );
      return rows.map(idempotencyFromRow);
    },
    async expire(key, before, now) {
      const changed = await sql.run(
        `UPDATE idempotency_keys SET state = 'unconfirmed', updated_at = $1 WHERE key = $2 AND state = 'pending' AND updated_at < $3`,
        [now, key, before],
      );
      return changed === 1;
    },
    async listUnconfirmed(limit) {
      const rows = await sql.all(`SELECT * FROM idempotency_keys WHERE state = 'unconfirmed' ORDER BY updated_at DESC LIMIT $1`, [
        clampLimit(limit),
      ]);
      return rows.map(idempotencyFromRow);
    },
  };
}
