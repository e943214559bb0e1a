import { describe, expect, it, vi } from 'vitest';
import { createInFlight } from '@/lib/share-in-flight';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('createInFlight', () => {
  it('shares a running call among callers of the same key, not of others', async () => {
    const share = createInFlight<string>();
    const first = deferred<string>();
    const start = vi.fn(() => first.promise);
    const other = vi.fn(async () => 'other');
    const a = share('1', start);
    const b = share('1', start);
    expect(await share('2', other)).toBe('other');
    first.resolve('detail');
    expect(await Promise.all([a, b])).toEqual(['detail', 'detail']);
    expect(start).toHaveBeenCalledTimes(1);
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing once the call settles: the next caller starts afresh, after a failure too', async () => {
    const share = createInFlight<number>();
    const start = vi.fn<() => Promise<number>>().mockRejectedValueOnce(new Error('provider down')).mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    await expect(Promise.all([share('k', start), share('k', start)])).rejects.toThrow('provider down');
    expect(start).toHaveBeenCalledTimes(1);
    expect(await share('k', start)).toBe(1);
    expect(await share('k', start)).toBe(2);
    expect(start).toHaveBeenCalledTimes(3);
  });
});
