import { randomBytes } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import type { ExchangeRecord, PreOrder, ProviderPayStatus } from '@/lib/linksfield/types';

/** One order as the shop keeps it: what the customer chose, what was sent, and what the provider said. */
export type OrderRecord = {
  ref: string;
  createdAt: string;
  locale: Locale;
  email: string;
  /** The signed-in customer's account (provider e-mail), or null for a guest. */
  accountEmail: string | null;
  /** Whose provider token placed the order. */
  placedWith: 'shop' | 'customer';
  packageId: number;
  packageCode: string;
  packageName: string;
  currency: string;
  currencyId: number;
  digits: number;
  quantity: number;
  periods: number;
  moneyMinor: number;
  provider: PreOrder;
  exchange: ExchangeRecord;
  /** The provider's payment status as last polled, null before the first poll. */
  providerPayStatus: ProviderPayStatus | null;
};

/** `pending`: PayPal holds the capture (for review); it pays nothing yet and blocks another payment. */
export type PaymentStatus = 'processing' | 'pending' | 'succeeded' | 'declined' | 'refunded';

export type PaymentMethod = 'card' | 'paypal';

/** Statuses in which a payment may still take or has taken the money: one such per order. */
export const LIVE_PAYMENT_STATUSES: ReadonlySet<PaymentStatus> = new Set(['processing', 'pending', 'succeeded']);

export type PaymentAttempt = {
  /** The shop's id of the attempt, also the idempotency key the payment provider is given. */
  id: string;
  orderRef: string;
  method: PaymentMethod;
  status: PaymentStatus;
  amountMinor: number;
  currency: string;
  /** A card's last four digits; null for PayPal. */
  cardLast4: string | null;
  reason: string | null;
  /** The payment provider's id of the charge or capture (the refund handle, PayPal's `paypalId`). */
  providerPaymentId: string | null;
  /** The PayPal order the capture belongs to. */
  paypalOrderId: string | null;
  createdAt: string;
};

/** A new payment as the store records it: under way, its method's details given. */
export type NewPayment = Pick<PaymentAttempt, 'id' | 'orderRef' | 'amountMinor' | 'currency' | 'createdAt'> &
  Partial<Pick<PaymentAttempt, 'method' | 'cardLast4' | 'providerPaymentId' | 'paypalOrderId'>> & {
    /**
     * `processing` (the default) while the charge is under way; a capture the browser already made
     * is written as what PayPal answered, so a crash cannot turn a held capture into a taken one.
     */
    status?: 'processing' | 'pending' | 'succeeded';
  };

/** A payment's move out of `from`, e.g. processing → succeeded; applied only if it is still in `from`. */
export type PaymentUpdate = {
  from: PaymentStatus;
  status: Exclude<PaymentStatus, 'processing'>;
  reason: string | null;
  providerPaymentId?: string;
};

/** The one report of an order's payment result to the provider's webhook. */
export type PaymentReportRecord = {
  orderRef: string;
  type: 'succeeded' | 'failed';
  paymentId: string;
  /** sending: claimed, call under way; answered: the provider answered `code`; unconfirmed: no answer came. */
  state: ReportState;
  code: number | null;
  message: string | null;
  request: string | null;
  response: string | null;
  createdAt: string;
  answeredAt: string | null;
  /** How many times the report was sent: a second only after the provider's status showed the first never arrived. */
  attempts: number;
  /** When the latest send started: a send still `sending` long after this was cut off by a crash. */
  sentAt: string;
};

export type ReportState = 'sending' | 'answered' | 'unconfirmed';

/** The report as the writer last saw it: a change applies only if nobody moved it since. */
export type ReportVersion = { state: ReportState; attempts: number };

export type ReportOutcome = Pick<PaymentReportRecord, 'state' | 'code' | 'message' | 'request' | 'response' | 'answeredAt'>;

/** What the recovery pass did, for staff. */
export type RecoveryAction = {
  at: string;
  /** The order it settled, or null for a pre-order that never got one. */
  orderRef: string | null;
  /** The order form's key, for a pre-order left pending. */
  idempotencyKey: string | null;
  action: RecoveryActionKind;
  /** Free text for staff: what the provider said, ids, codes. */
  detail: string;
};

export type RecoveryActionKind =
  | 'payment_not_charged'
  | 'payment_found_charged'
  | 'payment_found_declined'
  | 'payment_found_pending'
  | 'report_sent'
  | 'report_confirmed_paid'
  | 'report_resent'
  | 'report_resend_limit'
  | 'refunded'
  | 'pre_order_unconfirmed';

/**
 * One submission of the order form, by the key minted when the form rendered. `pending` while its
 * pre-order is under way; `done` with the order; `refused` when nothing reached the provider (the
 * same form may try again); `unconfirmed` when the pre-order was sent and no answer came back: it is
 * never sent again.
 */
export type IdempotencyRecord = {
  key: string;
  fingerprint: string;
  state: 'pending' | 'done' | 'refused' | 'unconfirmed';
  orderRef: string | null;
  /** The customer's request while pending; the pre-order sent, once it got no answer. For staff. */
  request: string | null;
  createdAt: string;
  updatedAt: string;
};

/**
 * A signed-in session, customer or staff: its id is sealed in the session cookie, and the cookie
 * opens nothing once the session has ended here (sign-out) or expired, whichever instance it reaches.
 */
export type SessionRecord = {
  id: string;
  kind: 'customer' | 'staff';
  createdAt: string;
  expiresAt: string;
};

export type IdempotencyClaim =
  | { claimed: true }
  | { claimed: false; existing: IdempotencyRecord };

const REF_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** 128 random bits, URL-safe: the order page's key, never the provider's order id. */
export function newOrderRef(): string {
  return randomBytes(16).toString('base64url');
}

/** The key an order form carries: same shape and strength as an order reference. */
export const newIdempotencyKey = newOrderRef;

/** A session's id: 128 random bits, only ever inside a sealed cookie. */
export const newSessionId = newOrderRef;

/** Sessions that expired a day before `now` are forgotten: an ended one is of no use after its expiry. */
export const sessionsForgottenBefore = (now: string) => new Date(Date.parse(now) - 86_400_000).toISOString();

export function isOrderRef(value: string): boolean {
  return REF_PATTERN.test(value);
}
