import { describe, expect, it } from 'vitest';
import { backoffDelay } from '@/lib/fanout/backoff';

describe('reconnection backoff', () => {
  const backoff = { baseMs: 250, maxMs: 10_000 };

  it('doubles from the base up to the ceiling, half of it random', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, backoff, () => 1))).toEqual([250, 500, 1_000, 2_000]);
    expect(backoffDelay(2, backoff, () => 0)).toBe(500);
    expect(backoffDelay(10, backoff, () => 1)).toBe(10_000);
    expect(backoffDelay(1_000, backoff, () => 0)).toBe(5_000);
  });
});
