import type { Sql } from '@/lib/db/sql';
import { createFormKeysStore, type FormKeysStore } from '@/lib/store/form-keys-store';
import { createOrdersStore, type OrdersStore } from '@/lib/store/orders-store';
import { createOutboxStore, type OutboxStore } from '@/lib/store/outbox-store';
import { createPaymentsStore, type PaymentsStore } from '@/lib/store/payments-store';
import { createRateLimitStore, type RateLimitStore } from '@/lib/store/rate-limit-store';
import { createRecoveryLog, type RecoveryLog } from '@/lib/store/recovery-log';
import { createSessionStore, type SessionStore } from '@/lib/store/session-store';

/** Everything the shop keeps besides the call log, by what it is, on one database. */
export type Stores = {
  orders: OrdersStore;
  payments: PaymentsStore;
  formKeys: FormKeysStore;
  rateLimits: RateLimitStore;
  sessions: SessionStore;
  recovery: RecoveryLog;
  outbox: OutboxStore;
};

export function createStores(sql: Sql): Stores {
  return {
    orders: createOrdersStore(sql),
    payments: createPaymentsStore(sql),
    formKeys: createFormKeysStore(sql),
    rateLimits: createRateLimitStore(sql),
    sessions: createSessionStore(sql),
    recovery: createRecoveryLog(sql),
    outbox: createOutboxStore(sql),
  };
}
