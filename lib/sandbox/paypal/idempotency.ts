import type { Caller } from '@/lib/sandbox/paypal/auth';
import type { PayPalJsonAnswer } from '@/lib/sandbox/paypal/context';
import type { PayPalStandInState } from '@/lib/sandbox/paypal/records';

/*
 * `PayPal-Request-Id`: a write sent again with the same id by the same merchant gets the first
 * answer again, status and body, and changes nothing. Refusals are remembered too (a declined
 * capture sent again is the same decline), except the ones made before the merchant was known.
 */

/** The key of a write, or undefined when it carries no request id. */
export function requestKey(caller: Caller, method: string, path: string, requestId: string | undefined): string | undefined {
  const id = requestId?.trim();
  if (method !== 'POST' || !id) return undefined;
  return JSON.stringify([caller.merchant, method, path, id]);
}

export function rememberedAnswer(paypal: PayPalStandInState, key: string | undefined): PayPalJsonAnswer | undefined {
  return key === undefined ? undefined : paypal.requests.get(key);
}

export function remember(paypal: PayPalStandInState, key: string | undefined, answer: PayPalJsonAnswer): void {
  if (key !== undefined && answer.status < 500) paypal.requests.set(key, answer);
}
