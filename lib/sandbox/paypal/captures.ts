import type { PayPalCall, PayPalJsonAnswer } from '@/lib/sandbox/paypal/context';
import { mintId } from '@/lib/sandbox/paypal/ids';
import { authenticationFailure, resourceNotFound, unprocessable } from '@/lib/sandbox/paypal/problems';
import type { PayPalSettlement, PayPalStandInState, StandInCapture, StandInRefund } from '@/lib/sandbox/paypal/records';
import { checkedMoney, readBody, refundSchema } from '@/lib/sandbox/paypal/request-bodies';
import { captureView, refundView } from '@/lib/sandbox/paypal/views';

/**
 * The caller's own capture. Only a REST token reads or refunds captures: PayPal's browser SDK has
 * no such action, so a bare client id (which anyone can read off a page) must not either.
 */
function ownCapture(call: PayPalCall, captureId: string): StandInCapture {
  if (call.caller.via !== 'token') throw authenticationFailure('BEARER_TOKEN_REQUIRED');
  const capture = call.paypal.captures.get(captureId);
  if (!capture || capture.merchant !== call.caller.merchant) throw resourceNotFound(captureId);
  return capture;
}

export function getCapture(call: PayPalCall, captureId: string): PayPalJsonAnswer {
  return { status: 200, body: captureView(ownCapture(call, captureId)) };
}

/** `POST /v2/payments/captures/{id}/refund`: in full, once; a held or declined capture has nothing to give back. */
export function refundCapture(call: PayPalCall, captureId: string, bodyText: string): PayPalJsonAnswer {
  const capture = ownCapture(call, captureId);
  const body = readBody(bodyText, refundSchema, { emptyIs: {} });
  if (capture.status === 'REFUNDED') throw unprocessable('CAPTURE_FULLY_REFUNDED');
  if (capture.status === 'PENDING') throw unprocessable('PENDING_CAPTURE');
  if (capture.status !== 'COMPLETED') throw unprocessable('TRANSACTION_REFUSED');
  if (body.amount) {
    const asked = checkedMoney(body.amount, '/amount');
    if (asked.currency_code !== capture.amount.currency_code || asked.value !== capture.amount.value) {
      throw unprocessable('PARTIAL_REFUND_NOT_ALLOWED', { field: '/amount/value', value: body.amount.value, location: 'body' });
    }
  }
  const { paypal, now } = call;
  const refund: StandInRefund = {
    id: mintId(call.seed, paypal, 'refund', `${capture.id}:${now.toISOString()}`),
    captureId: capture.id,
    merchant: capture.merchant,
    amount: capture.amount,
    createdAt: now,
  };
  paypal.refunds.set(refund.id, refund);
  capture.status = 'REFUNDED';
  capture.refundId = refund.id;
  capture.updatedAt = now;
  return { status: 201, body: refundView(refund) };
}

export type SettleResult = { ok: true } | { ok: false; reason: 'unknown' } | { ok: false; reason: 'not_pending'; status: string };

/** Ends a capture held for review, as PayPal does on its own some time later (a control action here). */
export function settlePendingCapture(paypal: PayPalStandInState, captureId: string, status: PayPalSettlement, now: Date): SettleResult {
  const capture = paypal.captures.get(captureId);
  if (!capture) return { ok: false, reason: 'unknown' };
  if (capture.status !== 'PENDING') return { ok: false, reason: 'not_pending', status: capture.status };
  capture.status = status;
  capture.updatedAt = now;
  return { ok: true };
}
