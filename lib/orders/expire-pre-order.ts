import 'server-only';
import type { IdempotencyRecord, RecoveryAction } from '@/lib/store/records';
import type { Stores } from '@/lib/store/stores';

/**
 * A pre-order whose key is still `pending` since before `before` was cut off mid-call (a crash, a
 * full disk): it becomes `unconfirmed`, as a timed-out one does, and staff see it with its request.
 * The provider may hold a reservation for it, which expires there unpaid. Once, whoever calls.
 */
export async function expirePendingPreOrder(
  record: IdempotencyRecord,
  before: string,
  deps: { stores: Stores; now?: () => Date },
): Promise<RecoveryAction | null> {
  const at = (deps.now?.() ?? new Date()).toISOString();
  if (!(await deps.stores.formKeys.expire(record.key, before, at))) return null;
  const action: RecoveryAction = {
    at,
    orderRef: null,
    idempotencyKey: record.key,
    action: 'pre_order_unconfirmed',
    detail: `pending since ${record.updatedAt}, request ${record.request ?? 'unknown'}`,
  };
  await deps.stores.recovery.record(action);
  return action;
}
