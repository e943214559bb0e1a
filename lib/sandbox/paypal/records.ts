/** What the PayPal stand-in remembers: plain data, like the rest of the sandbox's state. */

/** What the buyer chose in the approval window; the capture answers accordingly. */
export const PAYPAL_OUTCOMES = ['approve', 'decline', 'pending'] as const;

export type PayPalOutcome = (typeof PAYPAL_OUTCOMES)[number];

/** How a capture held for review ends: staff or a test settles it with a control action. */
export const PAYPAL_SETTLEMENTS = ['COMPLETED', 'DECLINED'] as const;

export type PayPalSettlement = (typeof PAYPAL_SETTLEMENTS)[number];

/** PENDING is held for review until settled; REFUNDED once refunded in full. */
export type StandInCaptureStatus = 'COMPLETED' | 'PENDING' | 'DECLINED' | 'REFUNDED';

/** CREATED until the buyer approves; a declined capture sends it back to CREATED. */
export type StandInOrderStatus = 'CREATED' | 'APPROVED' | 'COMPLETED';

/** An amount as PayPal writes it: the currency and a decimal string in its digits. */
export type StandInMoney = { readonly currency_code: string; readonly value: string };

export type StandInCapture = {
  readonly id: string;
  readonly orderId: string;
  readonly merchant: string;
  status: StandInCaptureStatus;
  readonly amount: StandInMoney;
  readonly createdAt: Date;
  updatedAt: Date;
  refundId: string | null;
};

export type StandInRefund = {
  readonly id: string;
  readonly captureId: string;
  readonly merchant: string;
  readonly amount: StandInMoney;
  readonly createdAt: Date;
};

export type StandInOrder = {
  readonly id: string;
  /** The client id whose account the order belongs to: a REST token's or the browser SDK's. */
  readonly merchant: string;
  readonly referenceId: string | null;
  readonly amount: StandInMoney;
  status: StandInOrderStatus;
  outcome: PayPalOutcome | null;
  /** Set by the first approval: the same buyer approves again after a decline. */
  payerId: string | null;
  captureId: string | null;
  /** Captures refused with INSTRUMENT_DECLINED, for tests and staff. */
  declines: number;
  readonly createdAt: Date;
  updatedAt: Date;
};

export type StandInToken = { readonly clientId: string; readonly expiresAt: Date };

/** An answer given to a write with a `PayPal-Request-Id`, given again to the same request. */
export type RememberedAnswer = { readonly status: number; readonly body: unknown };

export type PayPalStandInState = {
  readonly orders: Map<string, StandInOrder>;
  readonly captures: Map<string, StandInCapture>;
  readonly refunds: Map<string, StandInRefund>;
  /** Access tokens issued by /v1/oauth2/token. */
  readonly tokens: Map<string, StandInToken>;
  /** Keyed by merchant, method, path and request id: a retried write is the same write. */
  readonly requests: Map<string, RememberedAnswer>;
  /** Counts every id the stand-in mints, so ids follow from the seed and the calls. */
  sequence: number;
};

export function createPayPalStandInState(): PayPalStandInState {
  return { orders: new Map(), captures: new Map(), refunds: new Map(), tokens: new Map(), requests: new Map(), sequence: 0 };
}

export function resetPayPalStandInState(state: PayPalStandInState): void {
  state.orders.clear();
  state.captures.clear();
  state.refunds.clear();
  state.tokens.clear();
  state.requests.clear();
  state.sequence = 0;
}
