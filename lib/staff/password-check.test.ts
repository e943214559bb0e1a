import { describe, expect, it } from 'vitest';
import { createSlowdown, passwordsMatch } from '@/lib/staff/password-check';

describe('passwordsMatch', () => {
  it('matches only the exact password', () => {
    expect(passwordsMatch('sandbox-staff', 'sandbox-staff')).toBe(true);
    expect(passwordsMatch('sandbox-staf', 'sandbox-staff')).toBe(false);
    expect(passwordsMatch('', 'sandbox-staff')).toBe(false);
  });
});

describe('createSlowdown', () => {
  it('doubles the delay per failure, caps it, forgets on success and after a while', () => {
    let clock = 0;
    const slowdown = createSlowdown({ now: () => clock, maxDelayMs: 4000, forgetAfterMs: 60_000 });
    expect(slowdown.delayFor('a')).toBe(0);
    for (const expected of [500, 1000, 2000, 4000, 4000]) {
      slowdown.failed('a');
      expect(slowdown.delayFor('a')).toBe(expected);
    }
    expect(slowdown.delayFor('b')).toBe(0);
    slowdown.succeeded('a');
    expect(slowdown.delayFor('a')).toBe(0);
    slowdown.failed('a');
    clock = 60_001;
    expect(slowdown.delayFor('a')).toBe(0);
  });
});
