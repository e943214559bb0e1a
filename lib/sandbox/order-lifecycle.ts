import { releaseProfile } from '@/lib/sandbox/profile-pool';
import type { SandboxOrder, SandboxOrderStatus, SandboxState } from '@/lib/sandbox/records';

const MINUTE_MS = 60 * 1000;

/**
 * When a reserved order times out. Read from the current setting, so shortening the timeout
 * also affects orders already waiting (what a tester changing it expects).
 */
export function orderDeadline(state: SandboxState, order: SandboxOrder): Date {
  return new Date(order.createdAt.getTime() + state.settings.preOrderTimeoutMinutes * MINUTE_MS);
}

/** Moves an order out of `reserved`: a payment issues its profile, anything else gives it back to the pool. */
export function closeOrder(state: SandboxState, order: SandboxOrder, status: Exclude<SandboxOrderStatus, 'reserved'>, now: Date): void {
  order.status = status;
  order.closedAt = now;
  if (status === 'paid') {
    order.profile = 'issued';
    order.paidAt = now;
  } else {
    releaseProfile(state, order);
  }
}

/** Times the order out when it is still reserved past its deadline. No timers: evaluated whenever an order is looked at. */
export function refreshOrder(state: SandboxState, order: SandboxOrder, now: Date): SandboxOrder {
  if (order.status === 'reserved' && now.getTime() > orderDeadline(state, order).getTime()) {
    closeOrder(state, order, 'timed_out', now);
  }
  return order;
}

/** Refreshes every order, before anything that depends on the pool or lists all orders. */
export function settleTimeouts(state: SandboxState, now: Date): void {
  for (const order of state.orders.values()) refreshOrder(state, order, now);
}
