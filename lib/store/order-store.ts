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

export type PaymentStatus = 'processing' | 'succeeded' | 'declined' | 'refunded';

export type PaymentAttempt = {
  /** The shop's id of the attempt, also the idempotency key the payment provider is given. */
  id: string;
  orderRef: string;
  status: PaymentStatus;
  amountMinor: number;
  currency: string;
  cardLast4: string;
  reason: string | null;
  /** The payment provider's id of the charge (the refund handle), once it succeeded. */
  providerPaymentId: string | null;
  createdAt: string;
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

/** The shop's storage, on SQLite or PostgreSQL (the same contract suite runs against both). */
export interface OrderStore {
  insert(order: OrderRecord): Promise<void>;
  findByRef(ref: string): Promise<OrderRecord | null>;
  listByAccount(accountEmail: string): Promise<OrderRecord[]>;
  /** Newest first, for the staff console. */
  listRecent(limit: number): Promise<OrderRecord[]>;
  setProviderPayStatus(ref: string, status: ProviderPayStatus): Promise<void>;
  /** Records a payment under way; false when the order already has one under way or succeeded. */
  startPayment(attempt: Omit<PaymentAttempt, 'status' | 'reason' | 'providerPaymentId'>): Promise<boolean>;
  /** Moves a payment on; false (and nothing changed) when it was no longer in `update.from`. */
  updatePayment(id: string, update: PaymentUpdate): Promise<boolean>;
  listPayments(orderRef: string): Promise<PaymentAttempt[]>;
  /** Claims the order's single payment report; false when one was claimed before (by anyone). */
  claimPaymentReport(report: Pick<PaymentReportRecord, 'orderRef' | 'type' | 'paymentId' | 'createdAt'>): Promise<boolean>;
  /** Records how the report ended; false (nothing changed) when someone moved it since `expected`. */
  finishPaymentReport(orderRef: string, expected: ReportVersion, outcome: ReportOutcome): Promise<boolean>;
  /**
   * Claims one more send of a report whose first never arrived (`expected` as last seen): back to
   * `sending`, one more attempt. False when another instance claimed it or it moved meanwhile.
   */
  resendPaymentReport(orderRef: string, expected: ReportVersion, now: string): Promise<boolean>;
  findPaymentReport(orderRef: string): Promise<PaymentReportRecord | null>;
  /**
   * Orders whose payment is still in flight and last moved before `before` (a crash cut it off, or
   * the provider never answered), or that were refused but not yet refunded: the recovery pass's work.
   */
  listInFlight(before: string, limit: number): Promise<OrderRecord[]>;
  /**
   * Claims an order form's key for one pre-order, keeping the customer's request for staff. A
   * `refused` key (nothing reached the provider) is claimed again, with the corrected order's
   * fingerprint; any other existing key is not.
   */
  claimIdempotencyKey(claim: { key: string; fingerprint: string; request: string; now: string }): Promise<IdempotencyClaim>;
  finishIdempotencyKey(
    key: string,
    outcome: { state: 'done'; orderRef: string } | { state: 'refused' } | { state: 'unconfirmed'; request: string },
    now: string,
  ): Promise<void>;
  findIdempotencyKey(key: string): Promise<IdempotencyRecord | null>;
  /** Keys still `pending` since before `before`: their pre-order was cut off. Oldest first. */
  listStalePending(before: string, limit: number): Promise<IdempotencyRecord[]>;
  /** A `pending` key untouched since before `before` becomes `unconfirmed`; false if it moved meanwhile. */
  expireIdempotencyKey(key: string, before: string, now: string): Promise<boolean>;
  /** Pre-orders sent without an answer, newest first, for staff. */
  listUnconfirmed(limit: number): Promise<IdempotencyRecord[]>;
  /** Counts one hit in a fixed window; returns the count in the window including this hit. */
  hitRateLimit(bucket: string, windowStart: string): Promise<number>;
  recordRecovery(action: RecoveryAction): Promise<void>;
  /** Newest first; with `orderRef`, that order's only. */
  listRecovery(limit: number, orderRef?: string): Promise<RecoveryAction[]>;
  /** Takes one hit back (an attempt that turned out not to count), never below zero. */
  releaseRateLimitHit(bucket: string, windowStart: string): Promise<void>;
  /** Records a new session; a duplicate id is refused. Also forgets sessions that expired over a day ago. */
  startSession(session: SessionRecord): Promise<void>;
  /** Whether the session of that id and kind exists, has not ended and has not expired at `now`. */
  isSessionLive(id: string, kind: SessionRecord['kind'], now: string): Promise<boolean>;
  /** Ends a session for good (sign-out); an unknown id is no error. */
  endSession(id: string, now: string): Promise<void>;
}

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
