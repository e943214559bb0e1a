import 'server-only';
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';
import { clientAddress } from '@/lib/security/client-address';
import { checkRateLimit, type RateLimitResult } from '@/lib/rate-limit/rate-limit';
import { openSignInGate, wrongPasswordPauseMs, type SignInGate } from '@/lib/rate-limit/sign-in-guard';
import { isKnownBrowser, type BrowserAccount } from '@/lib/session/known-browsers';
import { getStores } from '@/lib/store';

/** The request's client address (see clientAddress), else one shared bucket. */
export async function requestClient(): Promise<string> {
  return clientAddress(await headers(), getEnv().trustedProxyCount) ?? 'unknown';
}

/**
 * Pre-orders and payments, per client address and per account. The account must be one the caller
 * has proven (the signed-in customer, an order's unguessable reference), never a value typed into a
 * form: anyone can type another person's e-mail and spend their allowance.
 */
export async function limitRate(action: 'preOrder' | 'payment', account: string | null): Promise<RateLimitResult> {
  const limits = getEnv().rateLimits[action];
  return checkRateLimit(getStores(), { name: action, ...limits }, { client: await requestClient(), account });
}

/** Creating an account: attempts per client address only (the same count as sign-ins). */
export async function limitRegistration(): Promise<RateLimitResult> {
  const { perClientPerMinute } = getEnv().rateLimits.signIn;
  return checkRateLimit(
    getStores(),
    { name: 'signIn', perClient: perClientPerMinute, perAccount: perClientPerMinute },
    { client: await requestClient() },
  );
}

/** A sign-in attempt for `account` from this request (see openSignInGate). */
export async function guardSignIn(name: 'signIn' | 'staffSignIn', account: BrowserAccount): Promise<SignInGate> {
  return openSignInGate(getStores(), name, getEnv().rateLimits.signIn, {
    client: await requestClient(),
    account,
    knownBrowser: await isKnownBrowser(account),
  });
}

/** Answers a wrong password a little later each time (a script guessing one at a time pays for it). */
export async function pauseAfterWrongPassword(gate: Extract<SignInGate, { allowed: true }>): Promise<void> {
  const pause = wrongPasswordPauseMs(await gate.settle('wrongPassword'));
  await new Promise((resolve) => setTimeout(resolve, pause));
}
