import { describe, expect, it, vi } from 'vitest';
import type { OrderStore } from '@/lib/store/order-store';
import { lazyOrderStore } from '@/lib/store/postgres-lazy-order-store';

type Closable = OrderStore & { close(): Promise<void> };

/** A store whose every method answers null: enough to see whether a call reached an opened store. */
const fakeStore = (close = vi.fn(async () => undefined)): Closable =>
  new Proxy({} as Closable, {
    // Not a thenable: awaiting the store must give the store.
    get: (_, name) => (name === 'close' ? close : name === 'then' ? undefined : async () => null),
  });

describe('lazily opened order store', () => {
  it('opens once, on first use, for concurrent first calls', async () => {
    const open = vi.fn(async () => fakeStore());
    const store = lazyOrderStore(open);
    expect(open).not.toHaveBeenCalled();
    await Promise.all([store.findByRef('a'), store.findIdempotencyKey('k'), store.listPayments('a')]);
    await store.findByRef('b');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed opening instead of failing for good', async () => {
    const open = vi
      .fn<() => Promise<Closable>>()
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:5432'))
      .mockImplementation(async () => fakeStore());
    const store = lazyOrderStore(open);
    await expect(store.findByRef('a')).rejects.toThrow('ECONNREFUSED');
    await expect(store.findByRef('a')).resolves.toBeNull();
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('closes what it opened, and opens again when used after', async () => {
    const close = vi.fn(async () => undefined);
    const open = vi.fn(async () => fakeStore(close));
    const store = lazyOrderStore(open);
    await store.close();
    expect(close).not.toHaveBeenCalled();
    await store.findByRef('a');
    await store.close();
    expect(close).toHaveBeenCalledTimes(1);
    await store.findByRef('a');
    expect(open).toHaveBeenCalledTimes(2);
  });
});
