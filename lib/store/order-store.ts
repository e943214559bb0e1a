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

export type PaymentAttempt = {
  id: string;
  orderRef: string;
  status: 'processing' | 'succeeded' | 'declined' | 'refunded';
  amountMinor: number;
  currency: string;
  cardLast4: string;
  reason: string | null;
  createdAt: string;
};

/** The one report of an order's payment result to the provider's webhook. */
export type PaymentReportRecord = {
  orderRef: string;
  type: 'succeeded' | 'failed';
  paymentId: string;
  /** sending: claimed, call under way; answered: the provider answered `code`; unconfirmed: no answer came. */
  state: 'sending' | 'answered' | 'unconfirmed';
  code: number | null;
  message: string | null;
  request: string | null;
  response: string | null;
  createdAt: string;
  answeredAt: string | null;
};

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
  /** The pre-order request that got no answer, for staff. */
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

/** The shop's storage: SQLite, or PostgreSQL when several instances share it. */
export interface OrderStore {
  insert(order: OrderRecord): Promise<void>;
  findByRef(ref: string): Promise<OrderRecord | null>;
  listByAccount(accountEmail: string): Promise<OrderRecord[]>;
  /** Newest first, for the staff console. */
  listRecent(limit: number): Promise<OrderRecord[]>;
  setProviderPayStatus(ref: string, status: ProviderPayStatus): Promise<void>;
  /** Records a payment under way; false when the order already has one under way or succeeded. */
  startPayment(attempt: Omit<PaymentAttempt, 'status' | 'reason'>): Promise<boolean>;
  finishPayment(id: string, status: 'succeeded' | 'declined' | 'refunded', reason: string | null): Promise<void>;
  listPayments(orderRef: string): Promise<PaymentAttempt[]>;
  /** Claims the order's single payment report; false when one was claimed before (by anyone). */
  claimPaymentReport(report: Pick<PaymentReportRecord, 'orderRef' | 'type' | 'paymentId' | 'createdAt'>): Promise<boolean>;
  finishPaymentReport(
    orderRef: string,
    outcome: Pick<PaymentReportRecord, 'state' | 'code' | 'message' | 'request' | 'response' | 'answeredAt'>,
  ): Promise<void>;
  findPaymentReport(orderRef: string): Promise<PaymentReportRecord | null>;
  /**
   * Claims an order form's key for one pre-order. A `refused` key (nothing reached the provider) is
   * claimed again, with the corrected order's fingerprint; any other existing key is not.
   */
  claimIdempotencyKey(claim: { key: string; fingerprint: string; now: string }): Promise<IdempotencyClaim>;
  finishIdempotencyKey(
    key: string,
    outcome: { state: 'done'; orderRef: string } | { state: 'refused' } | { state: 'unconfirmed'; request: string },
    now: string,
  ): Promise<void>;
  findIdempotencyKey(key: string): Promise<IdempotencyRecord | null>;
  /** Pre-orders sent without an answer, newest first, for staff. */
  listUnconfirmed(limit: number): Promise<IdempotencyRecord[]>;
  /** Counts one hit in a fixed window; returns the count in the window including this hit. */
  hitRateLimit(bucket: string, windowStart: string): Promise<number>;
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
