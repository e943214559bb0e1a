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

/** The shop takes payments itself (the eSIM provider has no payment API); a real provider plugs in here. */
export interface PaymentProvider {
  readonly name: string;
  /** Charges at most once per `attemptId`: the same attempt again answers the first result. */
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /**
   * What became of an attempt whose answer the shop lost (a crash mid-charge): its result, or null
   * when the provider never charged it. How the recovery pass settles a payment left `processing`.
   */
  lookup(attemptId: string): Promise<ChargeResult | null>;
  /** Idempotent: refunding a payment already refunded changes nothing. */
  refund(paymentId: string): Promise<void>;
}
