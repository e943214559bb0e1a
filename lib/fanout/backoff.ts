export type Backoff = { baseMs: number; maxMs: number };

/**
 * The wait before reconnection `attempt` (0 for the first): doubling up to `maxMs`, half of it
 * random, so instances that lost the server together do not all knock again at the same instant.
 */
export function backoffDelay(attempt: number, { baseMs, maxMs }: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
