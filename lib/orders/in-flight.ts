import type { ShopEnv } from '@/lib/env';

/**
 * How long something may stay in flight before it counts as cut off (a crash, a killed instance).
 * Every provider call has a deadline covering the whole exchange (LINKSFIELD_TIMEOUT_MS); the longest
 * live step is a pre-order, which reads the package (up to 1 + LINKSFIELD_READ_RETRIES tries) and
 * then sends the pre-order, possibly logging in again and repeating it on code 7 (3 calls). Past
 * that, plus a grace for a slow database, no live request can still be working on it, whichever
 * instance started it.
 */
export function inFlightDeadlineMs(env: Pick<ShopEnv, 'timeoutMs' | 'readRetries' | 'recovery'>): number {
  return (env.readRetries + 4) * env.timeoutMs + env.recovery.graceMs;
}

/** The instant before which something still in flight was cut off. */
export function cutOffBefore(now: Date, deadlineMs: number): string {
  return new Date(now.getTime() - deadlineMs).toISOString();
}
