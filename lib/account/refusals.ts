import type { SignInGate } from '@/lib/rate-limit/sign-in-guard';
import { describeProviderError } from '@/lib/provider-error';

/** A message to show: an i18n key and its values. */
export type Refusal = { key: string; values?: Record<string, string | number> };

/** What a refused sign-in tells the person: wait a minute, or (an account under attack) until the hour ends. */
export function signInRefusal(gate: Extract<SignInGate, { allowed: false }>): Refusal {
  return gate.why === 'account'
    ? { key: 'common.accountLocked', values: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } }
    : { key: 'common.rateLimited', values: { seconds: gate.retryAfterSeconds } };
}

/** A provider failure in the customer's words, with its code for support. */
export function providerRefusal(error: unknown): Refusal {
  const view = describeProviderError(error);
  return { key: `providerErrors.${view.key}`, values: { code: view.code ?? '' } };
}
