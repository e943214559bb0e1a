import { seededBigInt, seededText } from '@/lib/sandbox/seeded';
import type { PayPalStandInState } from '@/lib/sandbox/paypal/records';

/** 17 characters of [0-9A-Z], the form of PayPal's order, capture and refund ids (e.g. 5O190127TN364715T). */
const ID_LENGTH = 17;

function upperId(seed: string, label: string, length: number): string {
  return seededBigInt(seed, label).toString(36).toUpperCase().padStart(length, '0').slice(-length);
}

/**
 * The next id of a kind. The label holds the sequence and what makes the call itself unique (the
 * time by the sandbox's clock, the merchant, the shop's reference): the same seed and the same
 * calls give the same ids, and a sandbox restarted under a shop that kept its database does not
 * hand out an id the shop already stored.
 */
export function mintId(seed: string, paypal: PayPalStandInState, kind: string, context: string): string {
  paypal.sequence += 1;
  return upperId(seed, `paypal:${kind}:${paypal.sequence}:${context}`, ID_LENGTH);
}

/** An access token in PayPal's form (A21AA followed by URL-safe characters). */
export function mintToken(seed: string, paypal: PayPalStandInState, context: string): string {
  paypal.sequence += 1;
  return `A21AA${seededText(seed, `paypal:token:${paypal.sequence}:${context}`, 92)}`;
}

/** The payer id of the stand-in's one buyer per merchant: 13 characters, like PayPal's. */
export function payerIdFor(seed: string, merchant: string): string {
  return upperId(seed, `paypal:payer:${merchant}`, 13);
}

/** The app id PayPal answers with a token, fixed per client id. */
export function appIdFor(seed: string, clientId: string): string {
  return `APP-${upperId(seed, `paypal:app:${clientId}`, 17)}`;
}

/** A debug id as PayPal puts on its errors: 13 hex digits. */
export function debugIdFor(seed: string, context: string): string {
  return seededBigInt(seed, `paypal:debug:${context}`).toString(16).slice(0, 13);
}
