import 'server-only';
import type { CallLogOptions, CallLogStore } from '@/lib/call-log/call-log-store';
import { openPostgresCallLogStore, type CallLogPoolOptions } from '@/lib/call-log/postgres-call-log-store';
import { lazyOpened } from '@/lib/lazy-opened';

/** A log that opens on first use (`lazyOpened`), so `getCallLogStore()` can stay synchronous. */
export function lazyCallLogStore(open: () => Promise<CallLogStore>): CallLogStore {
  return lazyOpened(open, { append: true, list: true, get: true, endpoints: true, forOrder: true });
}

/** The shop's PostgreSQL call log: connects and migrates on the first call, once per process. */
export function lazyPostgresCallLogStore(url: string, options: CallLogOptions, poolOptions: CallLogPoolOptions = {}): CallLogStore {
  return lazyCallLogStore(() => openPostgresCallLogStore(url, options, poolOptions));
}
