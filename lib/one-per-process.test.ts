import { afterEach, describe, expect, it } from 'vitest';
import { forgetOnePerProcess, onePerProcess } from '@/lib/one-per-process';

describe('onePerProcess', () => {
  afterEach(() => {
    forgetOnePerProcess('test.one-per-process');
  });

  it('makes the value once and keeps it on globalThis under the shop-wide symbol', () => {
    let made = 0;
    const make = () => ({ made: (made += 1) });
    const first = onePerProcess('test.one-per-process', make);
    expect(onePerProcess('test.one-per-process', make)).toBe(first);
    expect(made).toBe(1);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('esim-qr-mall.test.one-per-process')]).toBe(first);
  });

  it('keeps nothing when making it throws, so the next call tries again', () => {
    expect(() =>
      onePerProcess('test.one-per-process', () => {
        throw new Error('bad setting');
      }),
    ).toThrow('bad setting');
    expect(onePerProcess('test.one-per-process', () => 'made')).toBe('made');
  });

  it('forgets the value and hands it back for closing, then makes a new one', () => {
    const first = onePerProcess('test.one-per-process', () => ({}));
    expect(forgetOnePerProcess('test.one-per-process')).toBe(first);
    expect(forgetOnePerProcess('test.one-per-process')).toBeUndefined();
    expect(onePerProcess('test.one-per-process', () => ({}))).not.toBe(first);
  });
});
