import 'server-only';
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';
import { clientAddress } from '@/lib/security/client-address';
import { checkRateLimit, type RateLimitResult } from '@/lib/rate-limit/rate-limit';
import { getOrderStore } from '@/lib/store';

export type RateLimitedAction = 'preOrder' | 'payment' | 'signIn' | 'staffSignIn';

/** The client's address (see clientAddress), else one shared bucket. */
async function clientKey(): Promise<string> {
  return clientAddress(await headers(), getEnv().trustedProxyCount) ?? 'unknown';
}

export async function limitRate(action: RateLimitedAction, account?: string | null): Promise<RateLimitResult> {
  const limits = getEnv().rateLimits[action];
  return checkRateLimit(getOrderStore(), { name: action, ...limits }, { client: await clientKey(), account });
}
