import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import { withCallContext } from '@/lib/linksfield/call-context';
import { toMinorUnits } from '@/lib/money';
import { canPay, type OrderStage } from '@/lib/orders/order-stage';
import { loadStage, reportTaken, type ReportTakenDependencies } from '@/lib/orders/pay-order';
import { refundPayment } from '@/lib/orders/report-payment';
import { captureOutcome, type PayPalPaymentProvider } from '@/lib/payments/paypal-payment';
import { isInstrumentDeclined, PayPalError, PayPalUnavailableError } from '@/lib/paypal/errors';
import type { PayPalCapture } from '@/lib/paypal/orders-client';
import type { OrderRecord } from '@/lib/store/records';

export type PayPalDependencies = ReportTakenDependencies & { paypal: PayPalPaymentProvider };

/** What became of a PayPal step; `stage` wherever the order now stands. */
export type PayPalResult =
  | { kind: 'not_found' }
  | { kind: 'not_payable'; stage: OrderStage }
  /** The capture is not this order's (another order's PayPal order, or a capture id already used). */
  | { kind: 'not_yours' }
  /** Amount or currency differ from the pre-order: nothing recorded, nothing reported. */
  | { kind: 'mismatch' }
  /** The buyer's funding source was declined: they choose another on the same PayPal order. */
  | { kind: 'instrument_declined' }
  /** PayPal refused for good, or did not answer: nothing was taken (an unknown outcome is `paying`). */
  | { kind: 'failed' }
  | { kind: 'unavailable' }
  | { kind: 'created'; paypalOrderId: string }
  /** Captured (or held by PayPal: stage `payment_pending`) and, when completed, reported once. */
  | { kind: 'captured'; stage: OrderStage };

type Found = { order: OrderRecord; stage: OrderStage } | { result: PayPalResult };

async function payable(ref: string, deps: PayPalDependencies): Promise<Found> {
  const order = await deps.stores.orders.findByRef(ref);
  if (!order) return { result: { kind: 'not_found' } };
  const stage = await loadStage(deps.stores, order);
  return canPay(stage) ? { order, stage } : { result: { kind: 'not_payable', stage } };
}

const newAttemptId = () => `pay_${randomBytes(12).toString('hex')}`;

/**
 * Shop collects: creates the PayPal order for exactly the pre-order's amount and currency (never a
 * browser's figure) and remembers it as this order's, so only this order can capture it.
 */
export function createPayPalOrder(ref: string, deps: PayPalDependencies): Promise<PayPalResult> {
  return withCallContext({ orderRef: ref }, async () => {
    const api = deps.paypal.api;
    if (!api) return { kind: 'failed' };
    const found = await payable(ref, deps);
    if ('result' in found) return found.result;
    const { order } = found;
    try {
      const created = await api.createOrder({
        amountMinor: order.provider.amountMinor,
        currency: order.provider.currency,
        digits: order.digits,
        referenceId: order.ref,
        requestId: `create-${newAttemptId()}`,
      });
      const now = (deps.now ?? (() => new Date()))().toISOString();
      await deps.stores.payments.rememberPayPalOrder({ paypalOrderId: created.orderId, orderRef: ref, createdAt: now });
      return { kind: 'created', paypalOrderId: created.orderId };
    } catch (error) {
      if (error instanceof PayPalError || error instanceof PayPalUnavailableError) return { kind: 'unavailable' };
      throw error;
    }
  });
}

/**
 * Shop collects: captures the PayPal order the buyer approved. One capture per order whatever the
 * browser does: the store lets one payment be under way per order, and the attempt id is PayPal's
 * request id, so a retried capture is the same capture. COMPLETED with the pre-order's amount is
 * reported; PENDING waits; INSTRUMENT_DECLINED lets the buyer choose another source.
 */
export function capturePayPalOrder(ref: string, paypalOrderId: string, locale: Locale, deps: PayPalDependencies): Promise<PayPalResult> {
  return withCallContext({ orderRef: ref }, async () => {
    const api = deps.paypal.api;
    if (!api) return { kind: 'failed' };
    if ((await deps.stores.payments.orderOfPayPalOrder(paypalOrderId)) !== ref) return { kind: 'not_yours' };
    const found = await payable(ref, deps);
    if ('result' in found) return found.result;
    const { order } = found;
    const attemptId = newAttemptId();
    const started = await deps.stores.payments.start({
      id: attemptId,
      orderRef: ref,
      method: 'paypal',
      paypalOrderId,
      amountMinor: order.provider.amountMinor,
      currency: order.provider.currency,
      createdAt: (deps.now ?? (() => new Date()))().toISOString(),
    });
    if (!started) return { kind: 'not_payable', stage: await loadStage(deps.stores, order) };

    let capture: PayPalCapture;
    try {
      capture = await api.captureOrder(paypalOrderId, order.digits, attemptId);
    } catch (error) {
      if (error instanceof PayPalUnavailableError) {
        // No answer: PayPal may have captured. The recovery pass reads the order and settles it.
        return { kind: 'captured', stage: await loadStage(deps.stores, order) };
      }
      const reason = isInstrumentDeclined(error) ? 'instrument_declined' : error instanceof PayPalError ? `paypal_${error.issue ?? error.errorName}`.toLowerCase() : null;
      if (reason === null) throw error;
      await deps.stores.payments.update(attemptId, { from: 'processing', status: 'declined', reason });
      return { kind: reason === 'instrument_declined' ? 'instrument_declined' : 'failed' };
    }
    return settleCapture(order, attemptId, capture, locale, deps);
  });
}

/** Records what a capture came to, and reports it when PayPal completed it for the pre-order's amount. */
async function settleCapture(
  order: OrderRecord,
  attemptId: string,
  capture: PayPalCapture,
  locale: Locale,
  deps: PayPalDependencies,
): Promise<PayPalResult> {
  const outcome = captureOutcome(capture);
  if (outcome === 'failed') {
    await deps.stores.payments.update(attemptId, { from: 'processing', status: 'declined', reason: `paypal_${capture.status.toLowerCase()}` });
    return { kind: 'failed' };
  }
  if (capture.amountMinor !== order.provider.amountMinor || capture.currency !== order.provider.currency) {
    // The shop created the order for the pre-order's amount, so this is PayPal's error: give it back.
    await deps.stores.payments.update(attemptId, { from: 'processing', status: 'succeeded', reason: null, providerPaymentId: capture.captureId });
    const payment = (await deps.stores.payments.list(order.ref)).find((candidate) => candidate.id === attemptId);
    if (payment) await refundPayment(payment, capture.captureId, 'amount_mismatch', deps);
    return { kind: 'mismatch' };
  }
  const moved = await deps.stores.payments.update(attemptId, {
    from: 'processing',
    status: outcome,
    reason: null,
    providerPaymentId: capture.captureId,
  });
  if (!moved || outcome === 'pending') return { kind: 'captured', stage: await loadStage(deps.stores, order) };
  return { kind: 'captured', stage: await reportTaken(order, attemptId, capture.captureId, locale, deps) };
}

/** A capture as the browser reports it (provider collects): PayPal's ids, status and amount. */
export type BrowserCapture = {
  paypalOrderId: string;
  captureId: string;
  status: string;
  /** PayPal's decimal string, e.g. "12.50". */
  value: string;
  currency: string;
};

/**
 * Provider collects: the browser created and captured the order with the provider's PayPal app (the
 * pre-order's clientId), so the shop cannot read it; it checks what it can (this order, payable,
 * the pre-order's amount and currency, a capture id used by no other payment), records it, and
 * reports the capture id as `paypalId`. The same capture sent twice is recorded once.
 */
export function recordBrowserCapture(ref: string, capture: BrowserCapture, locale: Locale, deps: PayPalDependencies): Promise<PayPalResult> {
  return withCallContext({ orderRef: ref }, async () => {
    const order = await deps.stores.orders.findByRef(ref);
    if (!order) return { kind: 'not_found' };
    const earlier = await deps.stores.payments.findByProviderPaymentId(capture.captureId);
    if (earlier) {
      return earlier.orderRef === ref ? { kind: 'captured', stage: await loadStage(deps.stores, order) } : { kind: 'not_yours' };
    }
    const stage = await loadStage(deps.stores, order);
    if (!canPay(stage)) return { kind: 'not_payable', stage };
    let amountMinor: number;
    try {
      amountMinor = toMinorUnits(capture.value, order.digits);
    } catch {
      return { kind: 'mismatch' };
    }
    if (amountMinor !== order.provider.amountMinor || capture.currency !== order.provider.currency) return { kind: 'mismatch' };
    const outcome = captureOutcome(capture);
    if (outcome === 'failed') return { kind: 'failed' };

    const attemptId = newAttemptId();
    const started = await deps.stores.payments.start({
      id: attemptId,
      orderRef: ref,
      method: 'paypal',
      paypalOrderId: capture.paypalOrderId,
      // Written with the attempt: a crash before the report still knows what PayPal took.
      providerPaymentId: capture.captureId,
      amountMinor,
      currency: capture.currency,
      createdAt: (deps.now ?? (() => new Date()))().toISOString(),
      // What PayPal answered the browser, written at once: nothing is left to look up later.
      status: outcome,
    });
    if (!started) {
      const again = await deps.stores.payments.findByProviderPaymentId(capture.captureId);
      if (again && again.orderRef !== ref) return { kind: 'not_yours' };
      const now = await loadStage(deps.stores, order);
      return again ? { kind: 'captured', stage: now } : { kind: 'not_payable', stage: now };
    }
    if (outcome === 'pending') return { kind: 'captured', stage: await loadStage(deps.stores, order) };
    return { kind: 'captured', stage: await reportTaken(order, attemptId, capture.captureId, locale, deps) };
  });
}
