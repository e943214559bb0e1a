import { describe, expect, it } from 'vitest';
import { openSignInGate, wrongPasswordPauseMs } from '@/lib/rate-limit/sign-in-guard';
import { memoryStores } from '@/lib/test-support/databases';

const limits = { perClientPerMinute: 10, perClientAndAccountPerMinute: 2, perAccountPerHour: 3 };
const at = new Date('2026-11-26T10:20:10Z');

describe('openSignInGate', () => {
  it('counts a wrong password, and gives back the place of a right one or of an attempt that decided nothing', async () => {
    const stores = memoryStores();
    const open = (client: string) => openSignInGate(stores, 'signIn', limits, { client, account: 'A@example.com', knownBrowser: false }, at);
    for (const outcome of ['signedIn', 'undecided', 'signedIn', 'undecided'] as const) {
      const gate = await open('a');
      if (!gate.allowed) throw new Error('refused');
      await gate.settle(outcome);
    }
    const first = await open('a');
    const second = await open('a');
    if (!first.allowed || !second.allowed) throw new Error('refused');
    expect([await first.settle('wrongPassword'), await second.settle('wrongPassword')]).toEqual([1, 2]);
    expect(await open('a')).toEqual({ allowed: false, retryAfterSeconds: 50, why: 'clientAndAccount' });
    stores.close();
  });

  it('refuses browsers new to the account until the hour ends once its wrong passwords pile up, and not the known ones', async () => {
    const stores = memoryStores();
    const open = (client: string, knownBrowser = false) =>
      openSignInGate(stores, 'signIn', limits, { client, account: 'a@example.com', knownBrowser }, at);
    for (const client of ['a', 'b', 'c']) {
      const gate = await open(client);
      if (!gate.allowed) throw new Error('refused');
      await gate.settle('wrongPassword');
    }
    expect(await open('d')).toEqual({ allowed: false, retryAfterSeconds: 2390, why: 'account' });
    expect((await open('d', true)).allowed).toBe(true);
    stores.close();
  });

  it('caps every attempt from one address, right or wrong', async () => {
    const stores = memoryStores();
    for (let n = 0; n < 10; n++) {
      const gate = await openSignInGate(stores, 'signIn', limits, { client: 'a', account: `user${n}@example.com`, knownBrowser: true }, at);
      if (!gate.allowed) throw new Error('refused');
      await gate.settle('signedIn');
    }
    expect(await openSignInGate(stores, 'signIn', limits, { client: 'a', account: 'x@example.com', knownBrowser: true }, at)).toMatchObject({
      allowed: false,
      why: 'client',
    });
    stores.close();
  });
});

describe('wrongPasswordPauseMs', () => {
  it('doubles from half a second up to four', () => {
    expect([1, 2, 3, 4, 5, 9].map(wrongPasswordPauseMs)).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
  });
});
