import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

/** What the provider calls made inside a piece of work belong to, for the staff call log. */
export type CallContext = {
  orderRef?: string;
  /** Collects the calls made inside, e.g. one step of the staff flow check. */
  collect?: (entryId: Promise<number | null>) => void;
};

const storage = new AsyncLocalStorage<CallContext>();

export function withCallContext<T>(context: CallContext, work: () => Promise<T>): Promise<T> {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

export function currentCallContext(): CallContext {
  return storage.getStore() ?? {};
}
