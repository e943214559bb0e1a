import type { SandboxAccount } from '@/lib/sandbox/accounts';
import type { MalformedKind } from '@/lib/sandbox/answers';
import type { Body } from '@/lib/sandbox/fields';
import type { ForceableCode } from '@/lib/sandbox/forced-codes';
import type { CatalogSize } from '@/lib/sandbox/large-catalog';
import type { PayPalStandInState } from '@/lib/sandbox/paypal/records';
import type { Language, Localized, SandboxCatalog } from '@/lib/sandbox/types';

/*
 * What the sandbox remembers, as plain data: the state and its orders, tokens, scenarios and
 * profiles. Types only, so every module that works on the state imports it without a circle.
 */

/** Everything the sandbox remembers. Later endpoints add their own maps here. */
export type SandboxState = {
  readonly seed: string;
  readonly catalogSize: CatalogSize;
  readonly latencyMs: number;
  readonly now: () => Date;
  /** Rebuilt from the seed by a reset. */
  catalog: SandboxCatalog;
  readonly partnerCodes: ReadonlySet<string>;
  /** Keyed by lower-case e-mail. */
  readonly accounts: Map<string, SandboxAccount>;
  /** Tokens issued by logins. */
  readonly tokens: Map<string, IssuedToken>;
  /** Tokens valid forever, for the seeded account. */
  readonly acceptedTokens: ReadonlySet<string>;
  /** Keyed by order id. */
  readonly orders: Map<number, SandboxOrder>;
  readonly sequences: { nextOrderId: number; nextOrderSerial: number };
  /** The settings a reset goes back to. */
  readonly initial: { readonly profilePoolSize: number; readonly preOrderTimeoutMinutes: number };
  readonly settings: { preOrderTimeoutMinutes: number };
  /** Free profiles; a reserved one is counted on its order until issued or released. */
  readonly profilePool: { free: number };
  /** Fault injection and extra latency, oldest first: the oldest fault of a path answers that path's next calls. */
  readonly scenarios: Scenario[];
  /** The PayPal stand-in's orders, captures, refunds and tokens. */
  readonly paypal: PayPalStandInState;
};

/**
 * `reserved` until the payment is reported; then `paid`, `failed`, or `cancelled` (paid but no
 * profile to issue: the shop must refund); `timed_out` when the report came too late or never.
 */
export type SandboxOrderStatus = 'reserved' | 'paid' | 'failed' | 'cancelled' | 'timed_out';

/** 0 waiting, 1 paid, 2 payment failed, 3 cancelled (a timeout is a cancellation to the buyer: pre-order again). */
export type OrderPayStatus = 0 | 1 | 2 | 3;

/** One `/v1.1/payment/webhook` call that reached this order, whatever it was answered. */
export type PaymentReport = {
  readonly receivedAt: Date;
  /** The request body as received. */
  readonly body: Body;
  /** The envelope code it was answered with. */
  readonly code: number;
  /** Its `Accept-Language` as received. */
  readonly acceptLanguage: string | null;
};

export type SandboxOrder = {
  readonly id: number;
  readonly orderNo: string;
  readonly packageId: number;
  readonly packageCode: string;
  readonly packageName: Localized;
  /** Data volume of the package in MB, -1 = unlimited (copied so an order never depends on the catalog). */
  readonly flowMb: number;
  /** Days per period. */
  readonly periodDays: number;
  readonly currency: string;
  readonly currencyId: number;
  readonly digits: number;
  /** Total charged, in minor units of `currency`. */
  readonly moneyMinor: number;
  readonly packageNum: number;
  readonly periodNum: number;
  readonly partnerCode: string;
  /** E-mail of the account whose token placed the order. */
  readonly accountEmail: string;
  readonly language: Language;
  /** The pre-order's `Accept-Language` as received, for tests and staff: which language the shop asked for. */
  readonly acceptLanguage: string | null;
  status: SandboxOrderStatus;
  readonly createdAt: Date;
  /** The order's eSIM profile: `none` when the pool was empty at the pre-order. */
  profile: ProfileState;
  /** When the succeeded payment was accepted: the start of the eSIM's validity. */
  paidAt: Date | undefined;
  /** When the order left `reserved`. */
  closedAt: Date | undefined;
  readonly reports: PaymentReport[];
};

export type NewOrder = Omit<
  SandboxOrder,
  'id' | 'orderNo' | 'status' | 'createdAt' | 'profile' | 'paidAt' | 'closedAt' | 'reports'
>;

/** A call the sandbox answers in place of handling it: a forced code, a hang or a broken body. */
export type Fault =
  | { readonly kind: 'code'; readonly path: string; readonly code: ForceableCode; remaining: number }
  | { readonly kind: 'timeout'; readonly path: string; remaining: number }
  | { readonly kind: 'malformed'; readonly path: string; readonly malformedKind: MalformedKind; remaining: number };

/** Extra delay of the answers of `path` (or every endpoint for `*`); `remaining` null = until cleared. */
export type Latency = { readonly kind: 'latency'; readonly path: string; readonly ms: number; remaining: number | null };

/** One scenario in force, as a staff console or test set it up. */
export type Scenario = Fault | Latency;

export type ScenarioKind = Scenario['kind'];

/**
 * Where an order's eSIM profile is: `reserved` by the pre-order, `issued` with the payment,
 * `released` back to the pool, or `none` (the pool was empty: a succeeded payment then gets 3005).
 */
export type ProfileState = 'reserved' | 'issued' | 'released' | 'none';

export type IssuedToken = { readonly token: string; readonly email: string; readonly expiresAt: Date };
