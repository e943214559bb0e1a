import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { SignInGate } from '@/lib/rate-limit/sign-in-guard';

/** What a refused sign-in tells the person: wait a minute, or (an account under attack) until the hour ends. */
export async function signInRefusalText(refusal: Extract<SignInGate, { allowed: false }>): Promise<string> {
  const common = await getTranslations('common');
  return refusal.why === 'account'
    ? common('accountLocked', { minutes: Math.ceil(refusal.retryAfterSeconds / 60) })
    : common('rateLimited', { seconds: refusal.retryAfterSeconds });
}
