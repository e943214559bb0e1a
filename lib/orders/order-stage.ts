import { PROVIDER_CODES } from '@/lib/linksfield/errors';
import type { ProviderPayStatus } from '@/lib/linksfield/types';
import type { PaymentAttempt, PaymentReportRecord } from '@/lib/store/records';

/**
 * Where an order stands, derived from what the shop recorded (payments, the one payment report)
 * and the provider's last known payment status. Never stored: always recomputed from the facts.
 */
export type OrderStage =
  | { kind: 'awaiting_payment' }
  | { kind: 'payment_declined'; reason: string | null }
  | { kind: 'paying' }
  /** PayPal holds the capture for review: nothing is reported or delivered until it completes. */
  | { kind: 'payment_pending' }
  | { kind: 'confirming' }
  | { kind: 'paid' }
  | { kind: 'esim_ready' }
  | { kind: 'cancelled' }
  | { kind: 'payment_failed' }
  | { kind: 'timed_out'; refunded: boolean }
  | { kind: 'sold_out' }
  | { kind: 'report_refused'; code: number };

/** Every stage, for whoever words them all (the `stage` and `account.statusLabels` messages). */
const EVERY_STAGE: Record<OrderStage['kind'], true> = {
  awaiting_payment: true,
  payment_declined: true,
  paying: true,
  payment_pending: true,
  confirming: true,
  paid: true,
  esim_ready: true,
  cancelled: true,
  payment_failed: true,
  timed_out: true,
  sold_out: true,
  report_refused: true,
};
export const STAGE_KINDS = Object.keys(EVERY_STAGE) as OrderStage['kind'][];

export type StageFacts = {
  payments: PaymentAttempt[];
  report: PaymentReportRecord | null;
  providerPayStatus: ProviderPayStatus | null;
};

export const FINAL_STAGES = new Set<OrderStage['kind']>([
  'esim_ready',
  'cancelled',
  'payment_failed',
  'timed_out',
  'sold_out',
  'report_refused',
]);


export function orderStage({ payments, report, providerPayStatus }: StageFacts): OrderStage {
  // Refunds happen after the provider's answer, so "refunded" is whatever the payments say now.
  const refunded = payments.some((payment) => payment.status === 'refunded');
  if (report) {
    if (report.state !== 'answered') {
      // Under way, or no answer came, so it may or may not have arrived: the provider's status says which.
      if (providerPayStatus === 'paid') return { kind: 'esim_ready' };
      if (providerPayStatus === 'cancelled') return { kind: 'timed_out', refunded };
      if (providerPayStatus === 'failed') return { kind: 'payment_failed' };
      return { kind: report.state === 'sending' ? 'paying' : 'confirming' };
    }
    if (report.code === 0) {
      if (report.type === 'failed') return { kind: 'cancelled' };
      if (providerPayStatus === 'paid') return { kind: 'esim_ready' };
      if (providerPayStatus === 'cancelled') return { kind: 'timed_out', refunded };
      if (providerPayStatus === 'failed') return { kind: 'payment_failed' };
      return { kind: 'paid' };
    }
    if (report.code === PROVIDER_CODES.preOrderTimeout) return { kind: 'timed_out', refunded };
    if (report.code === PROVIDER_CODES.noProfile) return { kind: 'sold_out' };
    return { kind: 'report_refused', code: report.code ?? -1 };
  }
  if (providerPayStatus === 'cancelled') return { kind: 'timed_out', refunded };
  if (providerPayStatus === 'failed') return { kind: 'payment_failed' };
  if (payments.some((payment) => payment.status === 'pending')) return { kind: 'payment_pending' };
  if (payments.some((payment) => payment.status === 'processing' || payment.status === 'succeeded')) {
    return { kind: 'paying' };
  }
  const last = payments.at(-1);
  if (last?.status === 'declined') return { kind: 'payment_declined', reason: last.reason };
  return { kind: 'awaiting_payment' };
}

/**
 * Stages in which the provider will not deliver what was paid for: a payment that succeeded must be
 * given back (the report cannot be sent again with another result).
 */
export function needsRefund(stage: OrderStage): boolean {
  return (
    (stage.kind === 'timed_out' && !stage.refunded) ||
    stage.kind === 'sold_out' ||
    stage.kind === 'report_refused' ||
    stage.kind === 'payment_failed'
  );
}

/** Whether the customer may (still) pay: before any report, with no payment under way. */
export function canPay(stage: OrderStage): boolean {
  return stage.kind === 'awaiting_payment' || stage.kind === 'payment_declined';
}

/**
 * Whether the shop should keep asking the provider for news. A report without an answer
 * ('confirming') is never sent again, but reading the order's status is safe and tells whether it arrived.
 */
export function shouldPoll(stage: OrderStage): boolean {
  return !FINAL_STAGES.has(stage.kind);
}

// The provider has the payment (or is about to) and owes an answer: the eSIM, or a refusal.
const AWAITING_PROVIDER = new Set<OrderStage['kind']>(['paying', 'confirming', 'paid']);

/**
 * Whether the customer is waiting on the eSIM provider, so the page says it keeps checking and
 * offers "Check now". Before a payment nothing is awaited (the page still polls quietly, for an
 * expiry or another tab's payment); a held PayPal capture has words of its own.
 */
export function awaitsProvider(stage: OrderStage): boolean {
  return AWAITING_PROVIDER.has(stage.kind);
}
