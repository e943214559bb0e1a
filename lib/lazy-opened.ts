type Closable = { close(): Promise<void> };

/** Every method of `T` but `close`, named once: the compiler then checks that each is delegated. */
export type DelegatedMethods<T extends Closable> = { readonly [K in Exclude<keyof T, 'close'>]: true };

/**
 * A store that opens on first use, so its getter can stay synchronous while opening it (connect,
 * migrate) is not. Concurrent first calls share one opening. A failed opening is forgotten, so the
 * next call tries again instead of failing forever after one outage at start. `close` closes what
 * was opened, if anything; the next call opens it again.
 */
export function lazyOpened<T extends Closable>(open: () => Promise<T>, methods: DelegatedMethods<T>): T {
  let opening: Promise<T> | undefined;
  const ready = () =>
    (opening ??= open().catch((error: unknown) => {
      opening = undefined;
      throw error;
    }));
  const delegates = Object.fromEntries(
    Object.keys(methods).map((name) => [
      name,
      async (...args: unknown[]) => {
        const store = await ready();
        return (store[name as keyof T] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
      },
    ]),
  );
  return {
    ...delegates,
    async close() {
      const store = await opening?.catch(() => undefined);
      opening = undefined;
      await store?.close();
    },
  } as unknown as T;
}
