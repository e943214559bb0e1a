/** Shares a running call among callers: see `createInFlight`. */
export type InFlight<T> = (key: string, start: () => Promise<T>) => Promise<T>;

/**
 * Callers asking for the same key while a call for it is running get that call's promise instead of
 * starting another. Nothing is kept once it settles, so the next caller starts afresh: an answer
 * is never older than the request that receives it began.
 */
export function createInFlight<T>(): InFlight<T> {
  const running = new Map<string, Promise<T>>();
  return (key, start) => {
    const current = running.get(key);
    if (current) return current;
    const call = start().finally(() => running.delete(key));
    running.set(key, call);
    return call;
  };
}
