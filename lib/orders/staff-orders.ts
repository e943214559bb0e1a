import 'server-only';
import { getCallLogStore } from '@/lib/call-log';
import type { CallLogEntry } from '@/lib/call-log/types';
import { findOrder } from '@/lib/orders/get-order';
import type { OrderStage } from '@/lib/orders/order-stage';
import { loadStage } from '@/lib/orders/pay-order';
import type { IdempotencyRecord, OrderRecord, PaymentAttempt, PaymentReportRecord, RecoveryAction } from '@/lib/store/records';
import { getStores } from '@/lib/store';

export type StaffOrders = {
  orders: { order: OrderRecord; stage: OrderStage }[];
  /** Pre-orders sent without an answer (or cut off), which may exist at the provider. */
  unconfirmed: IdempotencyRecord[];
  recovery: RecoveryAction[];
};

/** The staff console's orders: the newest 200 with their stage, unconfirmed pre-orders, what the recovery pass did. */
export async function listStaffOrders(): Promise<StaffOrders> {
  const stores = getStores();
  const [orders, unconfirmed, recovery] = await Promise.all([
    stores.orders.listRecent(200),
    stores.formKeys.listUnconfirmed(50),
    stores.recovery.list(50),
  ]);
  return {
    orders: await Promise.all(orders.map(async (order) => ({ order, stage: await loadStage(stores, order) }))),
    unconfirmed,
    recovery,
  };
}

export type StaffOrder = {
  order: OrderRecord;
  stage: OrderStage;
  payments: PaymentAttempt[];
  report: PaymentReportRecord | null;
  calls: CallLogEntry[];
  recovery: RecoveryAction[];
};

/** One order as staff see it: its stage, payments, report, calls and what the recovery pass did to it. */
export async function readStaffOrder(ref: string): Promise<StaffOrder | null> {
  const order = await findOrder(ref);
  if (!order) return null;
  const stores = getStores();
  const [stage, payments, report, calls, recovery] = await Promise.all([
    loadStage(stores, order),
    stores.payments.list(order.ref),
    stores.payments.findReport(order.ref),
    getCallLogStore().forOrder(order.ref),
    stores.recovery.list(50, order.ref),
  ]);
  return { order, stage, payments, report, calls, recovery };
}
