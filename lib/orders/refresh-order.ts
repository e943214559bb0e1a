import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import { withCallContext } from '@/lib/linksfield/call-context';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { loadStage } from '@/lib/orders/pay-order';
import { shouldPoll, type OrderStage } from '@/lib/orders/order-stage';
import { settleOrder, type SettleDependencies } from '@/lib/orders/settle-order';
import type { OrderRecord } from '@/lib/store/records';
import type { Stores } from '@/lib/store/stores';

export type RefreshedStage = {
  stage: OrderStage;
  /** ok: the provider answered; unavailable: it did not (the stage is what the shop last knew). */
  upstream: 'ok' | 'unavailable' | 'skipped';
};

export type RefreshOptions = {
  /**
   * An order placed less than this long ago, with nothing done since, is taken at the pre-order's
   * word (waiting for payment) without asking again: the confirmation right after the order form.
   */
  trustPreOrderForMs?: number;
  now?: () => Date;
};

export type RefreshDependencies = {
  stores: Stores;
  client: Pick<LinksfieldClient, 'getOrderStatus'>;
  /** When given, a payment in flight that a crash cut off is settled at once instead of at the next recovery pass. */
  settle?: SettleDependencies;
};

function justPlaced(order: OrderRecord, stage: OrderStage, options: RefreshOptions): boolean {
  if (!options.trustPreOrderForMs || stage.kind !== 'awaiting_payment' || order.providerPayStatus !== null) return false;
  const age = (options.now?.() ?? new Date()).getTime() - Date.parse(order.createdAt);
  return age >= 0 && age < options.trustPreOrderForMs;
}

/**
 * Asks the provider for the order's payment status while there is news to wait for, a payment in
 * flight included: reading the status is always safe, and it is how a report cut off by a crash
 * shows what became of it.
 */
export async function refreshOrderStage(
  order: OrderRecord,
  locale: Locale,
  deps: RefreshDependencies,
  options: RefreshOptions = {},
): Promise<RefreshedStage> {
  let stage = await loadStage(deps.stores, order);
  if (!shouldPoll(stage) || justPlaced(order, stage, options)) return { stage, upstream: 'skipped' };
  if (deps.settle && (stage.kind === 'paying' || stage.kind === 'confirming' || stage.kind === 'payment_pending')) {
    // Acts only on what is older than the in-flight deadline, so a live payment is left alone.
    if ((await settleOrder(order, deps.settle)).length > 0) {
      order = (await deps.stores.orders.findByRef(order.ref)) ?? order;
      stage = await loadStage(deps.stores, order);
      if (!shouldPoll(stage)) return { stage, upstream: 'ok' };
    }
  }
  try {
    const status = await withCallContext({ orderRef: order.ref }, () =>
      deps.client.getOrderStatus(order.provider.orderId, locale),
    );
    if (status.payStatus !== order.providerPayStatus) {
      await deps.stores.orders.setProviderPayStatus(order.ref, status.payStatus);
    }
    return { stage: await loadStage(deps.stores, { ...order, providerPayStatus: status.payStatus }), upstream: 'ok' };
  } catch {
    // A slow or failing provider never loses what is recorded: show the last known stage.
    return { stage, upstream: 'unavailable' };
  }
}
