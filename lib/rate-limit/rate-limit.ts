import type { Stores } from '@/lib/store/stores';

export type RateLimitRule = {
  /** Names the bucket, e.g. 'preOrder'. */
  name: string;
  perClient: number;
  perAccount: number;
};

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows counted in the shop's store, so every instance shares them. A request
 * counts against its client and, when known, its account; over either limit it is refused.
 */
export async function checkRateLimit(
  store: Pick<Stores, 'rateLimits'>,
  rule: RateLimitRule,
  who: { client: string; account?: string | null },
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowStartMs = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  const windowStart = new Date(windowStartMs).toISOString();
  const retryAfterSeconds = Math.ceil((windowStartMs + WINDOW_MS - now.getTime()) / 1000);
  const clientHits = await store.rateLimits.hit(`${rule.name}:client:${who.client}`, windowStart);
  if (clientHits > rule.perClient) return { allowed: false, retryAfterSeconds };
  if (who.account) {
    const accountHits = await store.rateLimits.hit(`${rule.name}:account:${who.account.toLowerCase()}`, windowStart);
    if (accountHits > rule.perAccount) return { allowed: false, retryAfterSeconds };
  }
  return { allowed: true };
}
