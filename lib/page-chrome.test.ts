import { describe, expect, it } from 'vitest';
import { asPageChrome } from '@/lib/page-chrome';

describe('asPageChrome', () => {
  it('takes the route\'s answer as it is', () => {
    expect(asPageChrome({ banner: null, account: null })).toEqual({ banner: null, account: null });
    expect(asPageChrome({ banner: 'Sandbox steered', account: { signedInAs: 'Signed in as a@b.c' } })).toEqual({
      banner: 'Sandbox steered',
      account: { signedInAs: 'Signed in as a@b.c' },
    });
  });

  it('refuses anything else', () => {
    for (const value of [null, 'x', { banner: 1, account: null }, { banner: null, account: {} }, { banner: null }]) {
      expect(asPageChrome(value)).toBeNull();
    }
  });
});
