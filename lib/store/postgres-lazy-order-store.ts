import 'server-only';
import type { OrderStore } from '@/lib/store/order-store';
import { openPostgresOrderStore, type PostgresPoolOptions } from '@/lib/store/postgres-order-store';

type Closable = OrderStore & { close(): Promise<void> };

/**
 * A store that opens on first use, so `getOrderStore()` can stay synchronous while opening
 * PostgreSQL (connect, migrate) is not. Concurrent first calls share one opening. A failed opening is
 * forgotten, so the next call tries again instead of failing forever after one outage at start.
 */
export function lazyOrderStore(open: () => Promise<Closable>): Closable {
  let opening: Promise<Closable> | undefined;
  const ready = () =>
    (opening ??= open().catch((error: unknown) => {
      opening = undefined;
      throw error;
    }));
  const call = <K extends keyof OrderStore>(name: K): OrderStore[K] =>
    (async (...args: unknown[]) => {
      const store = await ready();
      return (store[name] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
    }) as OrderStore[K];
  // Spelled out rather than a Proxy: the compiler then checks that every method is delegated.
  return {
    insert: call('insert'),
    findByRef: call('findByRef'),
    listByAccount: call('listByAccount'),
    listRecent: call('listRecent'),
    setProviderPayStatus: call('setProviderPayStatus'),
    startPayment: call('startPayment'),
    finishPayment: call('finishPayment'),
    listPayments: call('listPayments'),
    claimPaymentReport: call('claimPaymentReport'),
    finishPaymentReport: call('finishPaymentReport'),
    findPaymentReport: call('findPaymentReport'),
    claimIdempotencyKey: call('claimIdempotencyKey'),
    finishIdempotencyKey: call('finishIdempotencyKey'),
    findIdempotencyKey: call('findIdempotencyKey'),
    listUnconfirmed: call('listUnconfirmed'),
    hitRateLimit: call('hitRateLimit'),
    /** Closes the store if it was opened; the next call opens it again. */
    async close() {
      const store = await opening?.catch(() => undefined);
      opening = undefined;
      await store?.close();
    },
  };
}

/** The shop's PostgreSQL store: connects and migrates on the first call, once per process. */
export function lazyPostgresOrderStore(url: string, options: PostgresPoolOptions = {}): Closable {
  return lazyOrderStore(() => openPostgresOrderStore(url, options));
}
