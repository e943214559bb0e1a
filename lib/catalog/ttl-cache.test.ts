import { describe, expect, it, vi } from 'vitest';
import { createTtlCache } from '@/lib/catalog/ttl-cache';

describe('createTtlCache', () => {
  it('loads once per key within the ttl and again after it', async () => {
    let clock = 0;
    const cache = createTtlCache<number>(1000, { now: () => clock });
    const load = vi.fn(async () => 42);
    await Promise.all([cache.get('a', load), cache.get('a', load)]);
    expect(load).toHaveBeenCalledTimes(1);
    clock = 1001;
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failure', async () => {
    const cache = createTtlCache<number>(1000, { now: () => 0 });
    await expect(cache.get('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(cache.get('a', async () => 7)).resolves.toBe(7);
  });

  it('serves the last good copy, marked stale, while the provider is down, then recovers', async () => {
    let clock = 0;
    const cache = createTtlCache<string>(1000, { staleMs: 10_000, now: () => clock });
    await cache.get('a', async () => 'fresh');
    clock = 2000;
    const down = vi.fn(async () => Promise.reject(new Error('down')));
    await expect(cache.get('a', down)).resolves.toBe('fresh');
    expect(cache.isStale('a')).toBe(true);
    // Every request tries the provider again while stale.
    await cache.get('a', down);
    expect(down).toHaveBeenCalledTimes(2);
    await expect(cache.get('a', async () => 'new')).resolves.toBe('new');
    expect(cache.isStale('a')).toBe(false);
  });

  it('stops serving the old copy after the stale window', async () => {
    let clock = 0;
    const cache = createTtlCache<string>(1000, { staleMs: 5000, now: () => clock });
    await cache.get('a', async () => 'fresh');
    clock = 6001;
    await expect(cache.get('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  });

  it('expire: the next use loads again, and a failing load still serves the old copy', async () => {
    const clock = 500;
    const cache = createTtlCache<string>(1000, { staleMs: 10_000, now: () => clock });
    await cache.get('a', async () => 'first');
    cache.expire();
    await expect(cache.get('a', async () => Promise.reject(new Error('down')))).resolves.toBe('first');
    expect(cache.isStale('a')).toBe(true);
    cache.expire();
    await expect(cache.get('a', async () => 'second')).resolves.toBe('second');
    expect(cache.isStale('a')).toBe(false);
    await expect(cache.get('a', async () => 'third')).resolves.toBe('second');
  });
});

describe('createTtlCache with background revalidation', () => {
  it('serves the old value at once after the ttl and refreshes it in the background, once', async () => {
    let clock = 0;
    const cache = createTtlCache<string>(1000, { revalidateMs: 5000, now: () => clock });
    await cache.get('a', async () => 'first');
    clock = 1500;
    let finish: (value: string) => void = () => undefined;
    const slow = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    // Nobody waits for the slow provider: both get the old value while one refresh runs.
    await expect(cache.get('a', slow)).resolves.toBe('first');
    await expect(cache.get('a', slow)).resolves.toBe('first');
    expect(slow).toHaveBeenCalledTimes(1);
    finish('second');
    await vi.waitFor(async () => expect(await cache.get('a', slow)).toBe('second'));
    expect(slow).toHaveBeenCalledTimes(1);
  });

  it('waits for a fresh value once the value is older than ttl plus the revalidation window', async () => {
    let clock = 0;
    const cache = createTtlCache<string>(1000, { revalidateMs: 5000, now: () => clock });
    await cache.get('a', async () => 'first');
    clock = 6001;
    await expect(cache.get('a', async () => 'second')).resolves.toBe('second');
  });

  it('marks the entry stale when the background refresh fails, and keeps trying', async () => {
    let clock = 0;
    const cache = createTtlCache<string>(1000, { revalidateMs: 5000, staleMs: 60_000, now: () => clock });
    await cache.get('a', async () => 'first');
    clock = 1500;
    const down = vi.fn(async () => Promise.reject(new Error('down')));
    await expect(cache.get('a', down)).resolves.toBe('first');
    await vi.waitFor(() => expect(cache.isStale('a')).toBe(true));
    await expect(cache.get('a', down)).resolves.toBe('first');
    expect(down).toHaveBeenCalledTimes(2);
  });

});

describe('createTtlCache.expire with a revalidation window', () => {
  it('makes the next use wait for a fresh load instead of serving the old copy', async () => {
    const cache = createTtlCache<string>(60_000, { revalidateMs: 60_000, staleMs: 600_000, now: () => 0 });
    await cache.get('a', async () => 'first');
    cache.expire();
    await expect(cache.get('a', async () => 'second')).resolves.toBe('second');
  });
});
