import { CODES, SandboxError, badParameter } from '@/lib/sandbox/errors';
import { requiredInt, requiredNumber, requiredString, stringOneOf, type Body } from '@/lib/sandbox/fields';
import { requirePartner, type HandlerContext, type SandboxRoute } from '@/lib/sandbox/handlers/context';
import { MESSAGES } from '@/lib/sandbox/messages';
import { toMinorUnits } from '@/lib/sandbox/money';
import { visibleOrder } from '@/lib/sandbox/order-access';
import { closeOrder } from '@/lib/sandbox/order-lifecycle';
import type { Localized } from '@/lib/sandbox/types';
import type { SandboxOrder, SandboxOrderStatus, SandboxState } from '@/lib/sandbox/records';

export const WEBHOOK_TYPES = ['payment_intent.succeeded', 'payment_intent.payment_failed'] as const;

export type WebhookType = (typeof WEBHOOK_TYPES)[number];

/**
 * Seconds from 2000-01-01 to 2100-01-01 UTC. Anything else is a time the provider cannot
 * convert, typically milliseconds sent where seconds are expected.
 */
export const WEBHOOK_SECONDS_RANGE = { min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 - 1 } as const;

type PaymentReportBody = {
  dateTime: number;
  orderId: number;
  partnerCode: string;
  payAmount: number;
  payCurrency: string;
  paypalId: string;
  type: WebhookType;
};

/** What a report does to its order: the answer code, and the order's new status when it moves. */
type Verdict = { code: number; text?: Localized; status?: Exclude<SandboxOrderStatus, 'reserved'> };

const ISO_CURRENCY = /^[A-Z]{3}$/;

/** A missing `dateTime` is a missing field (2); one that is there but not convertible is 1102. */
function readDateTime(body: Body): number {
  const value = body.dateTime;
  if (value === undefined || value === null || value === '') throw badParameter(MESSAGES.required('dateTime'));
  const { min, max } = WEBHOOK_SECONDS_RANGE;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new SandboxError(CODES.timeConversion, MESSAGES.timeConversion);
  }
  return value;
}

/**
 * The documentation's example types `orderId` as a string, while the pre-order answers an integer:
 * a string of digits and an integer are accepted alike, anything else is code 2.
 */
function readOrderId(body: Body): number {
  const value = body.orderId;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return requiredInt(body, 'orderId');
}

function readReport(body: Body, state: SandboxState): PaymentReportBody {
  const dateTime = readDateTime(body);
  const orderId = readOrderId(body);
  const partnerCode = requirePartner(body, state);
  const payAmount = requiredNumber(body, 'payAmount');
  if (payAmount < 0) throw badParameter(MESSAGES.negative('payAmount'));
  const payCurrency = requiredString(body, 'payCurrency');
  if (!ISO_CURRENCY.test(payCurrency)) throw badParameter(MESSAGES.notIsoCurrency('payCurrency'));
  const paypalId = requiredString(body, 'paypalId');
  const type = stringOneOf(body, 'type', WEBHOOK_TYPES);
  return { dateTime, orderId, partnerCode, payAmount, payCurrency, paypalId, type };
}

/**
 * Only an accepted report (0 or 3005) moves the order, so the first one is kept and every later
 * one is refused: exactly-once. A refused report (10009) leaves the order waiting for a correct one.
 */
function judge(order: SandboxOrder, report: PaymentReportBody): Verdict {
  if (order.status === 'timed_out') return { code: CODES.preOrderTimeout, text: MESSAGES.preOrderTimeout };
  if (order.status !== 'reserved') return { code: CODES.badParameter, text: MESSAGES.paymentAlreadyReported };
  if (report.payCurrency !== order.currency || toMinorUnits(report.payAmount, order.digits) !== order.moneyMinor) {
    return { code: CODES.payAmountMismatch, text: MESSAGES.payAmountMismatch };
  }
  if (report.type === 'payment_intent.payment_failed') return { code: CODES.success, status: 'failed' };
  // Paid, but no profile was free at the pre-order: nothing to issue, so the shop must refund.
  if (order.profile !== 'reserved') return { code: CODES.noProfile, text: MESSAGES.noProfile, status: 'cancelled' };
  return { code: CODES.success, status: 'paid' };
}

function paymentWebhook({ body, state, account, acceptLanguage, now }: HandlerContext): null {
  const report = readReport(body, state);
  const order = visibleOrder(state, account, report.orderId, now);
  // Another partner's code: that partner has no such order.
  if (order.partnerCode !== report.partnerCode) throw new SandboxError(CODES.orderMissing, MESSAGES.orderMissing);
  const verdict = judge(order, report);
  order.reports.push({ receivedAt: now, body: structuredClone(body), code: verdict.code, acceptLanguage });
  if (verdict.status) closeOrder(state, order, verdict.status, now);
  if (verdict.text) throw new SandboxError(verdict.code, verdict.text);
  // Undocumented answer: an empty success envelope (`data` null, never left out).
  return null;
}

/** `/v1.1/payment/webhook` (and the older `/payment/webhook`): the shop reports a payment result. Token required. */
export const paymentWebhookRoute: SandboxRoute = { auth: true, handle: paymentWebhook };
