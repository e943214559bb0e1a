import { describe, expect, it } from 'vitest';
import { checkRateLimit } from '@/lib/rate-limit/rate-limit';
import { memoryStores } from '@/lib/test-support/databases';

const rule = { name: 'signIn', perClient: 3, perAccount: 2 };

describe('checkRateLimit', () => {
  it('refuses past the per-client limit within the minute, and allows again in the next', async () => {
    const stores = memoryStores();
    const at = new Date('2026-11-26T10:00:10Z');
    for (let hit = 0; hit < 3; hit += 1) expect(await checkRateLimit(stores, rule, { client: 'a' }, at)).toEqual({ allowed: true });
    expect(await checkRateLimit(stores, rule, { client: 'a' }, at)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(await checkRateLimit(stores, rule, { client: 'b' }, at)).toEqual({ allowed: true });
    expect(await checkRateLimit(stores, rule, { client: 'a' }, new Date('2026-11-26T10:01:00Z'))).toEqual({ allowed: true });
  });

  it('limits an account across clients, case-insensitively', async () => {
    const stores = memoryStores();
    const at = new Date('2026-11-26T10:00:00Z');
    expect((await checkRateLimit(stores, rule, { client: 'a', account: 'x@example.com' }, at)).allowed).toBe(true);
    expect((await checkRateLimit(stores, rule, { client: 'b', account: 'X@example.com' }, at)).allowed).toBe(true);
    expect((await checkRateLimit(stores, rule, { client: 'c', account: 'x@example.com' }, at)).allowed).toBe(false);
    expect((await checkRateLimit(stores, rule, { client: 'c', account: 'y@example.com' }, at)).allowed).toBe(true);
  });
});
