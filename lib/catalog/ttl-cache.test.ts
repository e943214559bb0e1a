import { describe, expect, it, vi } from 'vitest';
import { createTtlCache } from '@/lib/catalog/ttl-cache';

describe('createTtlCache', () => {
  it('loads once per key within the ttl and again after it', async () => {
    let clock = 0;
    const cache = createTtlCache<number>(1000, () => clock);
    const load = vi.fn(async () => 42);
    await Promise.all([cache.get('a', load), cache.get('a', load)]);
    expect(load).toHaveBeenCalledTimes(1);
    clock = 1001;
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failure', async () => {
    const cache = createTtlCache<number>(1000, () => 0);
    await expect(cache.get('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await expect(cache.get('a', async () => 7)).resolves.toBe(7);
  });
});
