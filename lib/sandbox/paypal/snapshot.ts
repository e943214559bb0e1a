import type { PayPalOutcome, PayPalStandInState, StandInCaptureStatus, StandInMoney, StandInOrderStatus } from '@/lib/sandbox/paypal/records';

/*
 * The PayPal stand-in as the staff console and tests see it: orders, captures and refunds with
 * their status, so a test can say "one capture, one refund". Never the access tokens.
 */

export type PayPalOrderSnapshot = {
  id: string;
  merchant: string;
  referenceId: string | null;
  status: StandInOrderStatus;
  outcome: PayPalOutcome | null;
  amount: StandInMoney;
  captureId: string | null;
  /** Captures refused with INSTRUMENT_DECLINED before this one. */
  declines: number;
  createdAt: string;
};

export type PayPalCaptureSnapshot = {
  id: string;
  orderId: string;
  merchant: string;
  status: StandInCaptureStatus;
  amount: StandInMoney;
  refundId: string | null;
  createdAt: string;
  updatedAt: string;
};

export type PayPalRefundSnapshot = { id: string; captureId: string; merchant: string; amount: StandInMoney; createdAt: string };

export type PayPalSnapshot = { orders: PayPalOrderSnapshot[]; captures: PayPalCaptureSnapshot[]; refunds: PayPalRefundSnapshot[] };

/** Oldest first, as they were made; copies, so a caller cannot change the stand-in. */
export function payPalSnapshotOf(paypal: PayPalStandInState): PayPalSnapshot {
  return {
    orders: [...paypal.orders.values()].map((order) => ({
      id: order.id,
      merchant: order.merchant,
      referenceId: order.referenceId,
      status: order.status,
      outcome: order.outcome,
      amount: { ...order.amount },
      captureId: order.captureId,
      declines: order.declines,
      createdAt: order.createdAt.toISOString(),
    })),
    captures: [...paypal.captures.values()].map((capture) => ({
      id: capture.id,
      orderId: capture.orderId,
      merchant: capture.merchant,
      status: capture.status,
      amount: { ...capture.amount },
      refundId: capture.refundId,
      createdAt: capture.createdAt.toISOString(),
      updatedAt: capture.updatedAt.toISOString(),
    })),
    refunds: [...paypal.refunds.values()].map((refund) => ({
      id: refund.id,
      captureId: refund.captureId,
      merchant: refund.merchant,
      amount: { ...refund.amount },
      createdAt: refund.createdAt.toISOString(),
    })),
  };
}
