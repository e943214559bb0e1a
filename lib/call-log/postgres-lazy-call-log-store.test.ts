import { describe, expect, it, vi } from 'vitest';
import type { CallLogStore } from '@/lib/call-log/call-log-store';
import { lazyCallLogStore } from '@/lib/call-log/postgres-lazy-call-log-store';

/** A log whose every method answers null: enough to see whether a call reached an opened log. */
const fakeLog = (close = vi.fn(async () => undefined)): CallLogStore =>
  new Proxy({} as CallLogStore, {
    // Not a thenable: awaiting the log must give the log.
    get: (_, name) => (name === 'close' ? close : name === 'then' ? undefined : async () => null),
  });

describe('lazily opened call log', () => {
  it('opens once, on first use, for concurrent first calls', async () => {
    const open = vi.fn(async () => fakeLog());
    const store = lazyCallLogStore(open);
    expect(open).not.toHaveBeenCalled();
    await Promise.all([store.get(1), store.list({}), store.endpoints(), store.forOrder('a')]);
    await store.get(2);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed opening instead of failing for good', async () => {
    const open = vi
      .fn<() => Promise<CallLogStore>>()
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED 127.0.0.1:5432'))
      .mockImplementation(async () => fakeLog());
    const store = lazyCallLogStore(open);
    await expect(store.get(1)).rejects.toThrow('ECONNREFUSED');
    await expect(store.get(1)).resolves.toBeNull();
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('closes what it opened, and opens again when used after', async () => {
    const close = vi.fn(async () => undefined);
    const open = vi.fn(async () => fakeLog(close));
    const store = lazyCallLogStore(open);
    await store.close();
    expect(close).not.toHaveBeenCalled();
    await store.get(1);
    await store.close();
    expect(close).toHaveBeenCalledTimes(1);
    await store.get(1);
    expect(open).toHaveBeenCalledTimes(2);
  });
});
