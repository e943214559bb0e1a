import 'server-only';
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';
import { checkRateLimit, type RateLimitResult } from '@/lib/rate-limit/rate-limit';
import { getOrderStore } from '@/lib/store';

export type RateLimitedAction = 'preOrder' | 'payment' | 'signIn' | 'staffSignIn';

/**
 * The client's address: the first X-Forwarded-For hop (set by the proxy in front, or by Next's own
 * server from the socket), else one shared bucket.
 */
async function clientKey(): Promise<string> {
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'unknown';
}

export async function limitRate(action: RateLimitedAction, account?: string | null): Promise<RateLimitResult> {
  const limits = getEnv().rateLimits[action];
  return checkRateLimit(getOrderStore(), { name: action, ...limits }, { client: await clientKey(), account });
}
