import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { withCallContext } from '@/lib/linksfield/call-context';
import { canPay, needsRefund, orderStage, type OrderStage } from '@/lib/orders/order-stage';
import { refundPayment, reportOnce } from '@/lib/orders/report-payment';
import type { CardInput, CardPaymentProvider, DeclineReason, PaymentProvider } from '@/lib/payments/payment-provider';
import type { OrderRecord } from '@/lib/store/records';
import type { Stores } from '@/lib/store/stores';

export { reportOnce } from '@/lib/orders/report-payment';

export type PayDependencies = {
  stores: Stores;
  client: Pick<LinksfieldClient, 'reportPayment'>;
  paymentProvider: CardPaymentProvider;
  now?: () => Date;
};

/** What reporting a taken payment needs: the store, the provider's webhook, and who refunds. */
export type ReportTakenDependencies = Omit<PayDependencies, 'paymentProvider'> & {
  paymentProvider: Pick<PaymentProvider, 'refund'>;
};

export type PayResult =
  | { kind: 'not_found' }
  /** Nothing charged: the order is past paying, or another payment of it is under way. */
  | { kind: 'not_payable'; stage: OrderStage }
  | { kind: 'declined'; reason: DeclineReason }
  /** Charged and reported; `stage` tells what the provider answered. */
  | { kind: 'charged'; stage: OrderStage };

export async function loadStage(stores: Stores, order: OrderRecord): Promise<OrderStage> {
  const [payments, report] = await Promise.all([stores.payments.list(order.ref), stores.payments.findReport(order.ref)]);
  return orderStage({ payments, report, providerPayStatus: order.providerPayStatus });
}

/**
 * Charges the card and reports the result to the provider, exactly once per order whatever the
 * browser does: the store lets one payment be under way or succeeded per order, and one report.
 * A refused report (timeout 6006, no profile 3005, ...) refunds the payment: the provider will not
 * deliver, and the report cannot be sent again. A crash anywhere in between is settled by the
 * recovery pass (lib/orders/settle-order.ts) from the provider's own state.
 */
export function payOrder(ref: string, card: CardInput, locale: Locale, deps: PayDependencies): Promise<PayResult> {
  return withCallContext({ orderRef: ref }, () => payOrderNow(ref, card, locale, deps));
}

async function payOrderNow(ref: string, card: CardInput, locale: Locale, deps: PayDependencies): Promise<PayResult> {
  const now = deps.now ?? (() => new Date());
  const order = await deps.stores.orders.findByRef(ref);
  if (!order) return { kind: 'not_found' };
  const before = await loadStage(deps.stores, order);
  if (!canPay(before)) return { kind: 'not_payable', stage: before };

  const attemptId = `pay_${randomBytes(12).toString('hex')}`;
  const started = await deps.stores.payments.start({
    id: attemptId,
    orderRef: ref,
    amountMinor: order.provider.amountMinor,
    currency: order.provider.currency,
    method: 'card',
    cardLast4: card.number.slice(-4),
    createdAt: now().toISOString(),
  });
  if (!started) return { kind: 'not_payable', stage: { kind: 'paying' } };

  const charge = await deps.paymentProvider.charge({
    attemptId,
    orderRef: ref,
    amountMinor: order.provider.amountMinor,
    currency: order.provider.currency,
    card,
  });
  if (charge.status === 'declined') {
    await deps.stores.payments.update(attemptId, { from: 'processing', status: 'declined', reason: charge.reason });
    return { kind: 'declined', reason: charge.reason };
  }
  const recorded = await deps.stores.payments.update(attemptId, {
    from: 'processing',
    status: 'succeeded',
    reason: null,
    providerPaymentId: charge.paymentId,
  });
  // Only the recovery pass moves a payment it thought cut off; it has settled this one from the provider.
  if (!recorded) return { kind: 'charged', stage: await loadStage(deps.stores, order) };
  return { kind: 'charged', stage: await reportTaken(order, attemptId, charge.paymentId, locale, deps) };
}

/**
 * Reports a payment that took the money (recorded `succeeded`) to the provider, once, and gives it
 * back when the provider will not deliver (a refused report: timeout 6006, no profile 3005, ...).
 */
export async function reportTaken(
  order: OrderRecord,
  attemptId: string,
  paymentId: string,
  locale: Locale,
  deps: ReportTakenDependencies,
): Promise<OrderStage> {
  await reportOnce(order, paymentId, true, locale, deps);
  const after = await loadStage(deps.stores, order);
  if (!needsRefund(after)) return after;
  const payment = (await deps.stores.payments.list(order.ref)).find((candidate) => candidate.id === attemptId);
  if (payment) await refundPayment(payment, paymentId, `provider_code_${after.kind}`, deps);
  return loadStage(deps.stores, order);
}
