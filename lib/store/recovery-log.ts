import { clampLimit } from '@/lib/db/rows';
import type { Sql } from '@/lib/db/sql';
import type { RecoveryAction } from '@/lib/store/records';
import { recoveryFromRow } from '@/lib/store/rows';

/** What the recovery pass did, for staff. */
export type RecoveryLog = {
  record(action: RecoveryAction): Promise<void>;
  /** Newest first; with `orderRef`, that order's only. */
  list(limit: number, orderRef?: string): Promise<RecoveryAction[]>;
};

export function createRecoveryLog(sql: Sql): RecoveryLog {
  return {
    async record(action) {
      await sql.run('INSERT INTO recovery_actions (at, order_ref, idempotency_key, action, detail) VALUES ($1, $2, $3, $4, $5)', [
        action.at,
        action.orderRef,
        action.idempotencyKey,
        action.action,
        action.detail,
      ]);
    },
    async list(limit, orderRef) {
      const rows = orderRef
        ? await sql.all('SELECT * FROM recovery_actions WHERE order_ref = $1 ORDER BY id DESC LIMIT $2', [orderRef, clampLimit(limit)])
        : await sql.all('SELECT * FROM recovery_actions ORDER BY id DESC LIMIT $1', [clampLimit(limit)]);
      return rows.map(recoveryFromRow);
    },
  };
}
