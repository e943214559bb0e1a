import type { Caller } from '@/lib/sandbox/paypal/auth';
import type { PayPalStandInState } from '@/lib/sandbox/paypal/records';

/** One authenticated REST call of the stand-in. */
export type PayPalCall = {
  readonly seed: string;
  readonly paypal: PayPalStandInState;
  /** The sandbox clock, read once per request. */
  readonly now: Date;
  readonly caller: Caller;
};

/** A JSON answer before it is serialised, so a `PayPal-Request-Id` can give it again. */
export type PayPalJsonAnswer = { readonly status: number; readonly body: unknown };
