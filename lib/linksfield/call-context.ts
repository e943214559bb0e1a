import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

/** What the provider calls made inside a piece of work belong to, for the staff call log. */
export type CallContext = {
  orderRef?: string;
  /** Collects the calls made inside, e.g. one step of the staff flow check. */
  collect?: (entryId: Promise<number | null>) => void;
};

// One per process, on globalThis: Next loads this module once per bundle (routes, instrumentation),
// and the shared client must see the context whichever bundle set it.
const globalKey = Symbol.for('esim-qr-mall.call-context');
const holder = globalThis as typeof globalThis & { [globalKey]?: AsyncLocalStorage<CallContext> };
const storage = (holder[globalKey] ??= new AsyncLocalStorage<CallContext>());

export function withCallContext<T>(context: CallContext, work: () => Promise<T>): Promise<T> {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

export function currentCallContext(): CallContext {
  return storage.getStore() ?? {};
}
