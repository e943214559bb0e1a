/** What a callback received, with a way to await the next item instead of sleeping. */
export type Received<T> = {
  items: T[];
  add(item: T): void;
  /** Resolves once `count` items have arrived in all; rejects after `timeoutMs`. */
  until(count: number, timeoutMs?: number): Promise<T[]>;
};

export function received<T>(): Received<T> {
  const items: T[] = [];
  const waiters: { count: number; resolve: (items: T[]) => void }[] = [];
  return {
    items,
    add(item) {
      items.push(item);
      for (const waiter of waiters.filter(({ count }) => items.length >= count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(items);
      }
    },
    until(count, timeoutMs = 5_000) {
      if (items.length >= count) return Promise.resolve(items);
      return new Promise<T[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${items.length} of ${count} arrived within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          count,
          resolve: (all) => {
            clearTimeout(timer);
            resolve(all);
          },
        });
      });
    },
  };
}
