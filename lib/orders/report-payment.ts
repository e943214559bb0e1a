import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { LinksfieldError } from '@/lib/linksfield/errors';
import type { PaymentProvider } from '@/lib/payments/payment-provider';
import type { OrderRecord, PaymentAttempt, PaymentReportRecord } from '@/lib/store/records';
import type { Stores } from '@/lib/store/stores';

export type ReportDependencies = {
  stores: Stores;
  client: Pick<LinksfieldClient, 'reportPayment'>;
  now?: () => Date;
};

type Report = Pick<PaymentReportRecord, 'paymentId' | 'type'>;

/** Sends a report whose send the caller holds (`sending`, attempt `attempts`) and records the answer. */
async function send(order: OrderRecord, report: Report, attempts: number, locale: Locale, deps: ReportDependencies) {
  const now = deps.now ?? (() => new Date());
  const expected = { state: 'sending' as const, attempts };
  try {
    const exchange = await deps.client.reportPayment(
      {
        orderId: order.provider.orderId,
        amountMinor: order.provider.amountMinor,
        digits: order.digits,
        currency: order.provider.currency,
        paymentId: report.paymentId,
        succeeded: report.type === 'succeeded',
        at: now(),
      },
      locale,
    );
    await deps.stores.payments.finishReport(order.ref, expected, {
      state: 'answered',
      code: 0,
      message: 'SUCCESS',
      ...exchange,
      answeredAt: now().toISOString(),
    });
  } catch (error) {
    const answered = error instanceof LinksfieldError;
    // No answer (timeout, connection cut): the provider may or may not have it. Never resend blindly.
    await deps.stores.payments.finishReport(order.ref, expected, {
      state: answered ? 'answered' : 'unconfirmed',
      code: answered ? error.code : null,
      message: answered ? error.providerMessage : error instanceof Error ? error.name : 'unknown',
      request: null,
      response: null,
      answeredAt: now().toISOString(),
    });
  }
}

/** Sends the order's single payment report, if nobody has claimed it yet, and records the answer. */
export async function reportOnce(
  order: OrderRecord,
  paymentId: string,
  succeeded: boolean,
  locale: Locale,
  deps: ReportDependencies,
): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const report: Report = { paymentId, type: succeeded ? 'succeeded' : 'failed' };
  const claimed = await deps.stores.payments.claimReport({ orderRef: order.ref, ...report, createdAt: now().toISOString() });
  if (claimed) await send(order, report, 1, locale, deps);
}

/**
 * Sends a report again, for the recovery pass only: after the provider's status showed that the
 * order still waits for it, so the first send never arrived. False when another instance took it.
 */
export async function reportAgain(order: OrderRecord, report: PaymentReportRecord, deps: ReportDependencies): Promise<boolean> {
  const now = deps.now ?? (() => new Date());
  const claimed = await deps.stores.payments.resendReport(order.ref, report, now().toISOString());
  if (claimed) await send(order, report, report.attempts + 1, order.locale, deps);
  return claimed;
}

/**
 * Gives a succeeded payment back: the refund is idempotent at the payment provider (keyed by the
 * charge), and the store moves the payment once, so two instances refunding together refund once.
 */
export async function refundPayment(
  payment: PaymentAttempt,
  fallbackPaymentId: string | undefined,
  reason: string,
  deps: { stores: Pick<Stores, 'payments'>; paymentProvider: Pick<PaymentProvider, 'refund'> },
): Promise<boolean> {
  const paymentId = payment.providerPaymentId ?? fallbackPaymentId;
  if (payment.status !== 'succeeded' || !paymentId) return false;
  // Money the eSIM provider's own PayPal app collected is theirs to give back, not the shop's.
  if (!(await deps.paymentProvider.refund(paymentId, payment.method))) return false;
  return deps.stores.payments.update(payment.id, { from: 'succeeded', status: 'refunded', reason });
}
