import type { PaymentAttempt, PaymentMethod } from '@/lib/store/records';

/** A card as the customer typed it; validated before it reaches a provider. */
export type CardInput = { number: string; expiry: string; cvc: string };

export type ChargeRequest = {
  /** The shop's payment attempt: the idempotency key, so a retried or looked-up charge is the same one. */
  attemptId: string;
  orderRef: string;
  amountMinor: number;
  currency: string;
  card: CardInput;
};

export type DeclineReason = 'card_declined' | 'insufficient_funds' | 'card_not_accepted';

export type ChargeResult =
  | { status: 'succeeded'; paymentId: string }
  | { status: 'declined'; paymentId: string; reason: DeclineReason };

/** What became of a payment whose answer the shop lost, as its payment provider knows it. */
export type PaymentLookup =
  | { status: 'succeeded'; paymentId: string }
  /** PayPal holds the capture for review: nothing to report yet. */
  | { status: 'pending'; paymentId: string }
  | { status: 'declined'; reason: string };

/** The payment the provider is asked about: its attempt id and status, PayPal's order and capture ids, the currency's digits. */
export type PaymentHandle = Pick<PaymentAttempt, 'id' | 'method' | 'status' | 'paypalOrderId' | 'providerPaymentId'> & { digits: number };

/**
 * Whoever moves the money for one payment method. The eSIM provider has no payment API: the shop
 * (or, for PayPal, possibly the provider's own PayPal app) takes the payment and reports it.
 */
export interface PaymentProvider {
  readonly name: string;
  /**
   * What became of a payment whose answer the shop lost (a crash mid-charge or mid-capture), or of
   * a capture PayPal held: its result, or null when nothing was charged. How the recovery pass
   * settles a payment left `processing` or `pending`.
   */
  lookup(payment: PaymentHandle): Promise<PaymentLookup | null>;
  /**
   * Gives a payment back; idempotent (refunding it again changes nothing). False when this shop
   * cannot: the money went to someone else's account (PayPal collected by the eSIM provider).
   */
  refund(paymentId: string, method: PaymentMethod): Promise<boolean>;
}

/** The card payment: charges at most once per `attemptId`; the same attempt again answers the first result. */
export interface CardPaymentProvider extends PaymentProvider {
  charge(request: ChargeRequest): Promise<ChargeResult>;
}
