import { reserveProfile } from '@/lib/sandbox/profile-pool';
import { seededText } from '@/lib/sandbox/seeded';
import { formatDateDigits } from '@/lib/sandbox/time';
import type { NewOrder, OrderPayStatus, SandboxOrder, SandboxOrderStatus, SandboxState } from '@/lib/sandbox/records';

/** The first order id, the documentation's example `1055200093`. */
export const FIRST_ORDER_ID = 1055200093;

/** The `orderPayStatus` of `/package/queryOrdStatusAndEmail` for each status. */
export const ORDER_PAY_STATUS: Readonly<Record<SandboxOrderStatus, OrderPayStatus>> = {
  reserved: 0,
  paid: 1,
  failed: 2,
  cancelled: 3,
  timed_out: 3,
};

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
