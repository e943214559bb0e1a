/** A card as the customer typed it; validated before it reaches a provider. */
export type CardInput = { number: string; expiry: string; cvc: string };

export type ChargeRequest = {
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
  charge(request: ChargeRequest): Promise<ChargeResult>;
  refund(paymentId: string): Promise<void>;
}
