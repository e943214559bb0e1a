import 'server-only';
import { withCallContext } from '@/lib/linksfield/call-context';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { LinksfieldError, ORDER_MISSING_CODE } from '@/lib/linksfield/errors';
import type { ProviderPayStatus } from '@/lib/linksfield/types';
import { cutOffBefore } from '@/lib/orders/in-flight';
import { needsRefund, orderStage } from '@/lib/orders/order-stage';
import { refundPayment, reportAgain, reportOnce, type ReportDependencies } from '@/lib/orders/report-payment';
import { INTERRUPTED } from '@/lib/orders/settle-reasons';
import type { PaymentProvider } from '@/lib/payments/payment-provider';
import {
  LIVE_PAYMENT_STATUSES,
  type OrderRecord,
  type PaymentAttempt,
  type PaymentReportRecord,
  type RecoveryAction,
  type RecoveryActionKind,
} from '@/lib/store/records';

export type SettleDependencies = ReportDependencies & {
  client: Pick<LinksfieldClient, 'reportPayment' | 'getOrderStatus'>;
  paymentProvider: Pick<PaymentProvider, 'lookup' | 'refund'>;
  /** How long a charge or a report may be under way before it counts as cut off (lib/orders/in-flight.ts). */
  inFlightMs: number;
  /** Sends of one report at most, the first included. */
  maxReportSends?: number;
};

const DEFAULT_MAX_REPORT_SENDS = 3;

/** What the provider says of the order: its payment status, or that it has no such order. */
type ProviderView = ProviderPayStatus | 'missing';

/**
 * Settles one order's payment left in flight, from the payment provider's and the eSIM provider's
 * own state, and says what it did. Nothing happens to a charge or report younger than the in-flight
 * deadline (a live request may still be on it). Every step is a compare-and-set in the store, so
 * two instances settling the same order at once do each thing once:
 * - a charge left `processing`: the payment provider's record of the attempt decides (charged or not);
 * - a charge with no report: the report is sent, once;
 * - a report left `sending` or `unconfirmed`: the order's status decides. Paid there: the report is
 *   recorded as accepted. Still waiting: the first report never arrived, so it is sent again (up to
 *   `maxReportSends`). Expired, failed or unknown there: nothing will be issued;
 * - whatever the provider will not deliver is refunded.
 */
export function settleOrder(order: OrderRecord, deps: SettleDependencies): Promise<RecoveryAction[]> {
  return withCallContext({ orderRef: order.ref }, () => settle(order, deps));
}

async function settle(order: OrderRecord, deps: SettleDependencies): Promise<RecoveryAction[]> {
  const now = deps.now ?? (() => new Date());
  const before = cutOffBefore(now(), deps.inFlightMs);
  const done: RecoveryAction[] = [];
  const record = async (action: RecoveryActionKind, detail: string) => {
    const entry: RecoveryAction = { at: now().toISOString(), orderRef: order.ref, idempotencyKey: null, action, detail };
    await deps.stores.recovery.record(entry);
    done.push(entry);
  };

  let payment = (await deps.stores.payments.list(order.ref)).find((candidate) => LIVE_PAYMENT_STATUSES.has(candidate.status));
  if (!payment) return done;
  // A capture PayPal holds is asked after at once: reading it is safe, and no live request is on it.
  if (payment.status === 'pending') {
    const settled = await settlePending(order, payment, deps, record);
    if (!settled) return done;
    payment = settled;
  } else if (payment.createdAt >= before) {
    return done;
  }
  if (payment.status === 'processing') {
    const charged = await settleCharge(order, payment, deps, record);
    if (!charged) return done;
    payment = charged;
  }

  let report = await deps.stores.payments.findReport(order.ref);
  let view: ProviderView | null = order.providerPayStatus;
  if (!report) {
    // Charged before the shop kept the charge's id (an older version): nothing to report it with.
    if (!payment.providerPaymentId) return done;
    await reportOnce(order, payment.providerPaymentId, true, order.locale, deps);
    report = await deps.stores.payments.findReport(order.ref);
    if (report) await record('report_sent', describeReport(report));
  } else if (report.state !== 'answered' && report.sentAt < before) {
    view = await readProvider(order, deps);
    if (view === null) return done; // not answering: the next pass asks again
    report = await settleReport(order, report, view, deps, record);
  }
  if (!report) return done;

  // A report refused on its latest send may still have arrived on an earlier one: the status says.
  if (report.state === 'answered' && report.code !== 0 && report.attempts > 1) {
    view = (await readProvider(order, deps)) ?? view;
    if (view === 'paid') report = await confirmPaid(order, report, deps, record);
  }
  const payments = await deps.stores.payments.list(order.ref);
  const paymentId = payment.providerPaymentId ?? report.paymentId;
  const stage = orderStage({ payments, report, providerPayStatus: view === 'missing' ? null : view });
  if (needsRefund(stage) && (await refundPayment(payment, paymentId, `provider:${stage.kind}`, deps))) {
    await record('refunded', `${paymentId}: ${stage.kind}`);
  }
  return done;
}

type Recorder = (action: RecoveryActionKind, detail: string) => Promise<void>;

/** What the payment provider knows of a payment; null when it did not answer (the next pass asks again). */
async function lookUp(order: OrderRecord, payment: PaymentAttempt, deps: SettleDependencies) {
  try {
    return { found: await deps.paymentProvider.lookup({ ...payment, digits: order.digits }) };
  } catch {
    return null;
  }
}

/** A charge or capture whose answer was lost: the payment provider's record of the attempt decides. */
async function settleCharge(
  order: OrderRecord,
  payment: PaymentAttempt,
  deps: SettleDependencies,
  record: Recorder,
): Promise<PaymentAttempt | null> {
  const answer = await lookUp(order, payment, deps);
  if (!answer) return null;
  const { found } = answer;
  if (!found || found.status === 'declined') {
    const reason = found?.status === 'declined' ? found.reason : INTERRUPTED;
    if (await deps.stores.payments.update(payment.id, { from: 'processing', status: 'declined', reason })) {
      await record(found ? 'payment_found_declined' : 'payment_not_charged', `${payment.id}: ${reason}`);
    }
    return null;
  }
  const moved = await deps.stores.payments.update(payment.id, {
    from: 'processing',
    status: found.status,
    reason: null,
    providerPaymentId: found.paymentId,
  });
  if (!moved) return null;
  if (found.status === 'pending') {
    await record('payment_found_pending', `${payment.id}: held by PayPal as ${found.paymentId}`);
    return null;
  }
  await record('payment_found_charged', `${payment.id}: charged as ${found.paymentId}`);
  return { ...payment, status: 'succeeded', providerPaymentId: found.paymentId };
}

/**
 * A capture PayPal held for review: once it completes it is reported like any payment; once it
 * fails for good, the failure is reported once (payment_intent.payment_failed) and nothing is owed.
 */
async function settlePending(
  order: OrderRecord,
  payment: PaymentAttempt,
  deps: SettleDependencies,
  record: Recorder,
): Promise<PaymentAttempt | null> {
  const answer = await lookUp(order, payment, deps);
  if (!answer?.found || answer.found.status === 'pending') return null;
  const { found } = answer;
  if (found.status === 'declined') {
    if (await deps.stores.payments.update(payment.id, { from: 'pending', status: 'declined', reason: found.reason })) {
      await record('payment_found_declined', `${payment.id}: ${found.reason}`);
      await reportOnce(order, payment.providerPaymentId ?? payment.id, false, order.locale, deps);
    }
    return null;
  }
  const moved = await deps.stores.payments.update(payment.id, { from: 'pending', status: 'succeeded', reason: null });
  if (!moved) return null;
  await record('payment_found_charged', `${payment.id}: PayPal completed ${found.paymentId}`);
  return { ...payment, status: 'succeeded', providerPaymentId: found.paymentId };
}

/** The order's status at the provider, remembered on the order; null when the provider did not answer. */
async function readProvider(order: OrderRecord, deps: SettleDependencies): Promise<ProviderView | null> {
  try {
    const status = await deps.client.getOrderStatus(order.provider.orderId, order.locale);
    if (status.payStatus !== order.providerPayStatus) await deps.stores.orders.setProviderPayStatus(order.ref, status.payStatus);
    return status.payStatus;
  } catch (error) {
    if (error instanceof LinksfieldError && error.code === ORDER_MISSING_CODE) return 'missing';
    return null;
  }
}

async function settleReport(
  order: OrderRecord,
  report: PaymentReportRecord,
  view: ProviderView,
  deps: SettleDependencies,
  record: Recorder,
): Promise<PaymentReportRecord> {
  if (view === 'paid') return confirmPaid(order, report, deps, record);
  if (view === 'missing') {
    // The provider has no such order: nothing will be issued, so the report counts as refused.
    await deps.stores.payments.finishReport(order.ref, report, {
      state: 'answered',
      code: ORDER_MISSING_CODE,
      message: 'order not found at the provider (status read by the recovery pass)',
      request: null,
      response: null,
      answeredAt: (deps.now?.() ?? new Date()).toISOString(),
    });
    return reread(order, report, deps);
  }
  if (view !== 'waiting') return report; // expired or failed there: the refund below settles it
  const maxSends = deps.maxReportSends ?? DEFAULT_MAX_REPORT_SENDS;
  if (report.attempts >= maxSends) {
    // Still waiting after every send: leave it to staff and keep reading the status each pass.
    const [last] = await deps.stores.recovery.list(1, order.ref);
    if (last?.action !== 'report_resend_limit') await record('report_resend_limit', `${report.attempts} sends, still waiting`);
    return report;
  }
  // Waiting there: the report never arrived (an arrived one moves the order), so sending it again
  // cannot double anything; the provider also refuses a second report of one order.
  if (!(await reportAgain(order, report, deps))) return reread(order, report, deps);
  const after = await reread(order, report, deps);
  await record('report_resent', describeReport(after));
  return after;
}

async function confirmPaid(
  order: OrderRecord,
  report: PaymentReportRecord,
  deps: SettleDependencies,
  record: Recorder,
): Promise<PaymentReportRecord> {
  const confirmed = await deps.stores.payments.finishReport(order.ref, report, {
    state: 'answered',
    code: 0,
    message: 'paid at the provider (status read by the recovery pass)',
    request: report.request,
    response: report.response,
    answeredAt: (deps.now?.() ?? new Date()).toISOString(),
  });
  if (confirmed) await record('report_confirmed_paid', `after ${report.attempts} send(s), ${report.state} ${report.code ?? ''}`.trim());
  return reread(order, report, deps);
}

/** The report as stored now (another instance may have moved it); the one known if it vanished. */
async function reread(order: OrderRecord, report: PaymentReportRecord, deps: SettleDependencies): Promise<PaymentReportRecord> {
  return (await deps.stores.payments.findReport(order.ref)) ?? report;
}

function describeReport(report: PaymentReportRecord): string {
  const answer = report.state === 'answered' ? `code ${report.code}` : report.state;
  return `send ${report.attempts}: ${answer}${report.message ? ` (${report.message})` : ''}`;
}
