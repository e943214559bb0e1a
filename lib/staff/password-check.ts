import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares in constant time (hashes first, so lengths do not leak either). */
export function passwordsMatch(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Wrong passwords slow the next attempts down, per client: 0.5 s, 1 s, 2 s ... up to 8 s. */
export function createSlowdown(options: { maxDelayMs?: number; forgetAfterMs?: number; now?: () => number } = {}) {
  const maxDelayMs = options.maxDelayMs ?? 8000;
  const forgetAfterMs = options.forgetAfterMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const failures = new Map<string, { count: number; last: number }>();
  return {
    delayFor(client: string): number {
      const entry = failures.get(client);
      if (!entry || now() - entry.last > forgetAfterMs) return 0;
      return Math.min(500 * 2 ** (entry.count - 1), maxDelayMs);
    },
    failed(client: string) {
      const entry = failures.get(client);
      const fresh = !entry || now() - entry.last > forgetAfterMs;
      failures.set(client, { count: fresh ? 1 : entry.count + 1, last: now() });
    },
    succeeded(client: string) {
      failures.delete(client);
    },
  };
}
