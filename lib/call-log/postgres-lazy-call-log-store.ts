import 'server-only';
import type { CallLogOptions, CallLogStore } from '@/lib/call-log/call-log-store';
import { openPostgresCallLogStore, type CallLogPoolOptions } from '@/lib/call-log/postgres-call-log-store';

/**
 * A log that opens on first use, so `getCallLogStore()` can stay synchronous while opening PostgreSQL
 * (connect, migrate) is not. Concurrent first calls share one opening. A failed opening is forgotten,
 * so the next call tries again instead of failing forever after one outage at start. The same shape
 * as `lazyOrderStore`.
 */
export function lazyCallLogStore(open: () => Promise<CallLogStore>): CallLogStore {
  let opening: Promise<CallLogStore> | undefined;
  const ready = () =>
    (opening ??= open().catch((error: unknown) => {
      opening = undefined;
      throw error;
    }));
  const call = <K extends Exclude<keyof CallLogStore, 'close'>>(name: K): CallLogStore[K] =>
    (async (...args: unknown[]) => {
      const store = await ready();
      return (store[name] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
    }) as CallLogStore[K];
  // Spelled out rather than a Proxy: the compiler then checks that every method is delegated.
  return {
    append: call('append'),
    list: call('list'),
    get: call('get'),
    endpoints: call('endpoints'),
    forOrder: call('forOrder'),
    /** Closes the log if it was opened; the next call opens it again. */
    async close() {
      const store = await opening?.catch(() => undefined);
      opening = undefined;
      await store?.close();
    },
  };
}

/** The shop's PostgreSQL call log: connects and migrates on the first call, once per process. */
export function lazyPostgresCallLogStore(url: string, options: CallLogOptions, poolOptions: CallLogPoolOptions = {}): CallLogStore {
  return lazyCallLogStore(() => openPostgresCallLogStore(url, options, poolOptions));
}
