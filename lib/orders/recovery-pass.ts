import 'server-only';
import { expirePendingPreOrder } from '@/lib/orders/expire-pre-order';
import { cutOffBefore } from '@/lib/orders/in-flight';
import { settleOrder, type SettleDependencies } from '@/lib/orders/settle-order';
import type { RecoveryAction } from '@/lib/store/records';

/** Orders and keys settled per pass at most: a backlog is worked off over the next passes. */
const BATCH = 100;

/**
 * One recovery pass: settles every payment and report left in flight past the deadline (see
 * settleOrder) and turns pre-orders left pending into unconfirmed ones. Safe to run in several
 * instances at once: each step is claimed in the store. One order's failure does not stop the rest.
 */
export async function runRecoveryPass(deps: SettleDependencies): Promise<RecoveryAction[]> {
  const before = cutOffBefore(deps.now?.() ?? new Date(), deps.inFlightMs);
  const done: RecoveryAction[] = [];
  for (const order of await deps.stores.orders.listInFlight(before, BATCH)) {
    try {
      done.push(...(await settleOrder(order, deps)));
    } catch (error) {
      console.error(`[recovery] order ${order.ref}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const record of await deps.stores.formKeys.listStalePending(before, BATCH)) {
    const action = await expirePendingPreOrder(record, before, deps);
    if (action) done.push(action);
  }
  return done;
}
