import type { Body } from '@/lib/sandbox/fields';
import { reserveProfile, type ProfileState } from '@/lib/sandbox/profile-pool';
import { seededText } from '@/lib/sandbox/seeded';
import type { SandboxState } from '@/lib/sandbox/state';
import { formatDateDigits } from '@/lib/sandbox/time';
import type { Language, Localized } from '@/lib/sandbox/types';

/** The first order id, the documentation's example `1055200093`. */
export const FIRST_ORDER_ID = 1055200093;

/**
 * `reserved` until the payment is reported; then `paid`, `failed`, or `cancelled` (paid but no
 * profile to issue: the shop must refund); `timed_out` when the report came too late or never.
 */
export type SandboxOrderStatus = 'reserved' | 'paid' | 'failed' | 'cancelled' | 'timed_out';

/** 0 waiting, 1 paid, 2 payment failed, 3 cancelled (a timeout is a cancellation to the buyer: pre-order again). */
export type OrderPayStatus = 0 | 1 | 2 | 3;

/** The `orderPayStatus` of `/package/queryOrdStatusAndEmail` for each status. */
export const ORDER_PAY_STATUS: Readonly<Record<SandboxOrderStatus, OrderPayStatus>> = {
  reserved: 0,
  paid: 1,
  failed: 2,
  cancelled: 3,
  timed_out: 3,
};

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

/** `ESIM_L` + yyyyMMdd (UTC) + a 7-digit serial, e.g. `ESIM_L202612050000001`. */
export function formatOrderNo(date: Date, serial: number): string {
  return `ESIM_L${formatDateDigits(date)}${String(serial).padStart(7, '0')}`;
}

/** Stores a new reserved order with the next id and order number, holding a profile of the pool when one is free. */
export function createOrder(state: SandboxState, input: NewOrder, now: Date): SandboxOrder {
  const order: SandboxOrder = {
    ...input,
    id: state.sequences.nextOrderId,
    orderNo: formatOrderNo(now, state.sequences.nextOrderSerial),
    status: 'reserved',
    createdAt: now,
    profile: reserveProfile(state),
    paidAt: undefined,
    closedAt: undefined,
    reports: [],
  };
  state.sequences.nextOrderId += 1;
  state.sequences.nextOrderSerial += 1;
  state.orders.set(order.id, order);
  return order;
}

/** The opaque `clientId` of a pre-order answer: 70 characters, fixed per seed and partner. */
export function clientIdFor(seed: string, partnerCode: string): string {
  return `A${seededText(seed, `clientId:${partnerCode}`, 69)}`;
}
