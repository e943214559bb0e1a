import type { SandboxAccount } from '@/lib/sandbox/accounts';
import { CODES, SandboxError } from '@/lib/sandbox/errors';
import { MESSAGES } from '@/lib/sandbox/messages';
import { refreshOrder } from '@/lib/sandbox/order-lifecycle';
import type { SandboxOrder, SandboxState } from '@/lib/sandbox/records';

/** The account placed the order, or it is the partner account of the order's partner (the shop's back office). */
export function canSeeOrder(account: SandboxAccount, order: SandboxOrder): boolean {
  if (order.accountEmail.toLowerCase() === account.email.toLowerCase()) return true;
  return account.role === 'partner' && account.partnerCode === order.partnerCode;
}

/**
 * The order, with its timeout evaluated, when the token's account may see it. Otherwise 10008,
 * the same answer as an unknown id, so a token never learns that someone else's order exists.
 */
export function visibleOrder(state: SandboxState, account: SandboxAccount | undefined, orderId: number, now: Date): SandboxOrder {
  const order = state.orders.get(orderId);
  if (!order || !account || !canSeeOrder(account, order)) throw new SandboxError(CODES.orderMissing, MESSAGES.orderMissing);
  return refreshOrder(state, order, now);
}
