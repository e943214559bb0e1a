type Holder = typeof globalThis & Record<symbol, unknown>;

const keyOf = (name: string) => Symbol.for(`esim-qr-mall.${name}`);

/**
 * A value made once per process and kept on `globalThis` under `Symbol.for('esim-qr-mall.<name>')`.
 * Next loads a module once per bundle (pages, route handlers, the proxy, dev reloads), so a
 * module-level variable would give each bundle its own database handle, client or cache. Tests
 * that need a fresh one delete that symbol from `globalThis`. If `create` throws, nothing is kept
 * and the next call tries again.
 */
export function onePerProcess<T>(name: string, create: () => T): T {
  const holder = globalThis as Holder;
  const key = keyOf(name);
  if (holder[key] === undefined) holder[key] = create();
  return holder[key] as T;
}

/** Forgets the value kept under `name` and returns it (undefined when none was made): for closing it. */
export function forgetOnePerProcess<T>(name: string): T | undefined {
  const holder = globalThis as Holder;
  const key = keyOf(name);
  const value = holder[key] as T | undefined;
  delete holder[key];
  return value;
}
