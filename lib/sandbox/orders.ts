import { seededText } from '@/lib/sandbox/seeded';
import type { SandboxState } from '@/lib/sandbox/state';
import { formatDateDigits } from '@/lib/sandbox/time';
import type { Language, Localized } from '@/lib/sandbox/types';

/** The first order id, the documentation's example `1055200093`. */
export const FIRST_ORDER_ID = 1055200093;

/** Later endpoints (webhook, status poll) move orders on from here. */
export type SandboxOrderStatus = 'reserved';

export type SandboxOrder = {
  readonly id: number;
  readonly orderNo: string;
  readonly packageId: number;
  readonly packageCode: string;
  readonly packageName: Localized;
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
  status: SandboxOrderStatus;
  readonly createdAt: Date;
};

export type NewOrder = Omit<SandboxOrder, 'id' | 'orderNo' | 'status' | 'createdAt'>;

/** `ESIM_L` + yyyyMMdd (UTC) + a 7-digit serial, e.g. `ESIM_L202612050000001`. */
export function formatOrderNo(date: Date, serial: number): string {
  return `ESIM_L${formatDateDigits(date)}${String(serial).padStart(7, '0')}`;
}

/** Stores a new reserved order with the next id and order number. */
export function createOrder(state: SandboxState, input: NewOrder, now: Date): SandboxOrder {
  const order: SandboxOrder = {
    ...input,
    id: state.sequences.nextOrderId,
    orderNo: formatOrderNo(now, state.sequences.nextOrderSerial),
    status: 'reserved',
    createdAt: now,
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
