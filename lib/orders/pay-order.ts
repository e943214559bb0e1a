import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { withCallContext } from '@/lib/linksfield/call-context';
import { LinksfieldError } from '@/lib/linksfield/errors';
import { canPay, orderStage, type OrderStage } from '@/lib/orders/order-stage';
import type { CardInput, DeclineReason, PaymentProvider } from '@/lib/payments/payment-provider';
import type { OrderRecord, OrderStore } from '@/lib/store/order-store';

export type PayDependencies = {
  store: OrderStore;
  client: Pick<LinksfieldClient, 'reportPayment'>;
  payments: PaymentProvider;
  now?: () => Date;
};

export type PayResult =
  | { kind: 'not_found' }
  /** Nothing charged: the order is past paying, or another payment of it is under way. */
  | { kind: 'not_payable'; stage: OrderStage }
  | { kind: 'declined'; reason: DeclineReason }
  /** Charged and reported; `stage` tells what the provider answered. */
  | { kind: 'charged'; stage: OrderStage };

export async function loadStage(store: OrderStore, order: OrderRecord): Promise<OrderStage> {
  const [payments, report] = await Promise.all([store.listPayments(order.ref), store.findPaymentReport(order.ref)]);
  return orderStage({ payments, report, providerPayStatus: order.providerPayStatus });
}

/**
 * Charges the card and reports the result to the provider, exactly once per order whatever the
 * browser does: the store lets one payment be under way or succeeded per order, and one report.
 * A refused report (timeout 6006, no profile 3005, ...) refunds the payment: the provider will not
 * deliver, and the report cannot be sent again.
 */
export function payOrder(ref: string, card: CardInput, locale: Locale, deps: PayDependencies): Promise<PayResult> {
  return withCallContext({ orderRef: ref }, () => payOrderNow(ref, card, locale, deps));
}

async function payOrderNow(ref: string, card: CardInput, locale: Locale, deps: PayDependencies): Promise<PayResult> {
  const now = deps.now ?? (() => new Date());
  const order = await deps.store.findByRef(ref);
  if (!order) return { kind: 'not_found' };
  const before = await loadStage(deps.store, order);
  if (!canPay(before)) return { kind: 'not_payable', stage: before };

  const attemptId = `pay_${randomBytes(12).toString('hex')}`;
  const started = await deps.store.startPayment({
    id: attemptId,
    orderRef: ref,
    amountMinor: order.provider.amountMinor,
    currency: order.provider.currency,
    cardLast4: card.number.slice(-4),
    createdAt: now().toISOString(),
  });
  if (!started) return { kind: 'not_payable', stage: { kind: 'paying' } };

  const charge = await deps.payments.charge({
    orderRef: ref,
    amountMinor: order.provider.amountMinor,
    currency: order.provider.currency,
    card,
  });
  if (charge.status === 'declined') {
    await deps.store.finishPayment(attemptId, 'declined', charge.reason);
    return { kind: 'declined', reason: charge.reason };
  }
  await deps.store.finishPayment(attemptId, 'succeeded', null);
  await reportOnce(order, charge.paymentId, true, locale, deps);
  const after = await loadStage(deps.store, order);
  if (after.kind === 'timed_out' || after.kind === 'sold_out' || after.kind === 'report_refused') {
    await deps.payments.refund(charge.paymentId);
    await deps.store.finishPayment(attemptId, 'refunded', `provider_code_${after.kind}`);
  }
  return { kind: 'charged', stage: after };
}

/** Sends the order's single payment report, if nobody has claimed it yet, and records the answer. */
export async function reportOnce(
  order: OrderRecord,
  paymentId: string,
  succeeded: boolean,
  locale: Locale,
  deps: Pick<PayDependencies, 'store' | 'client' | 'now'>,
): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const claimed = await deps.store.claimPaymentReport({
    orderRef: order.ref,
    type: succeeded ? 'succeeded' : 'failed',
    paymentId,
    createdAt: now().toISOString(),
  });
  if (!claimed) return;
  try {
    const exchange = await deps.client.reportPayment(
      {
        orderId: order.provider.orderId,
        amountMinor: order.provider.amountMinor,
        digits: order.digits,
        currency: order.provider.currency,
        paymentId,
        succeeded,
        at: now(),
      },
      locale,
    );
    await deps.store.finishPaymentReport(order.ref, {
      state: 'answered',
      code: 0,
      message: 'SUCCESS',
      ...exchange,
      answeredAt: now().toISOString(),
    });
  } catch (error) {
    const answered = error instanceof LinksfieldError;
    // No answer (timeout, connection cut): the provider may or may not have it. Never resend blindly.
    await deps.store.finishPaymentReport(order.ref, {
      state: answered ? 'answered' : 'unconfirmed',
      code: answered ? error.code : null,
      message: answered ? error.providerMessage : error instanceof Error ? error.name : 'unknown',
      request: null,
      response: null,
      answeredAt: now().toISOString(),
    });
  }
}
