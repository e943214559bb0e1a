import 'server-only';
import { lazyOpened } from '@/lib/lazy-opened';
import type { OrderStore } from '@/lib/store/order-store';
import { openPostgresOrderStore, type PostgresPoolOptions } from '@/lib/store/postgres-order-store';

type Closable = OrderStore & { close(): Promise<void> };

/** A store that opens on first use (`lazyOpened`), so `getOrderStore()` can stay synchronous. */
export function lazyOrderStore(open: () => Promise<Closable>): Closable {
  return lazyOpened(open, {
    insert: true,
    findByRef: true,
    listByAccount: true,
    listRecent: true,
    setProviderPayStatus: true,
    startPayment: true,
    updatePayment: true,
    listPayments: true,
    claimPaymentReport: true,
    finishPaymentReport: true,
    resendPaymentReport: true,
    findPaymentReport: true,
    listInFlight: true,
    claimIdempotencyKey: true,
    finishIdempotencyKey: true,
    findIdempotencyKey: true,
    listStalePending: true,
    expireIdempotencyKey: true,
    listUnconfirmed: true,
    hitRateLimit: true,
    recordRecovery: true,
    listRecovery: true,
    releaseRateLimitHit: true,
    startSession: true,
    isSessionLive: true,
    endSession: true,
  });
}

/** The shop's PostgreSQL store: connects and migrates on the first call, once per process. */
export function lazyPostgresOrderStore(url: string, options: PostgresPoolOptions = {}): Closable {
  return lazyOrderStore(() => openPostgresOrderStore(url, options));
}
