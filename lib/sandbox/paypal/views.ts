import { payerIdFor } from '@/lib/sandbox/paypal/ids';
import type { StandInCapture, StandInOrder, StandInRefund } from '@/lib/sandbox/paypal/records';

/*
 * PayPal's Orders and Payments v2 answer shapes. Link hrefs are relative to the stand-in's base
 * (`…/paypal`): behind either transport the stand-in does not know its own address.
 */

type Link = { href: string; rel: string; method: 'GET' | 'POST' | 'PATCH' };

const link = (href: string, rel: string, method: Link['method'] = 'GET'): Link => ({ href, rel, method });

/** PayPal's times: ISO 8601 in UTC without milliseconds. */
const time = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

export function captureView(capture: StandInCapture) {
  return {
    id: capture.id,
    status: capture.status,
    // PayPal says why a capture is held; the stand-in holds only for review.
    ...(capture.status === 'PENDING' ? { status_details: { reason: 'PENDING_REVIEW' } } : {}),
    amount: { ...capture.amount },
    final_capture: true,
    create_time: time(capture.createdAt),
    update_time: time(capture.updatedAt),
    links: [
      link(`/v2/payments/captures/${capture.id}`, 'self'),
      link(`/v2/payments/captures/${capture.id}/refund`, 'refund', 'POST'),
      link(`/v2/checkout/orders/${capture.orderId}`, 'up'),
    ],
  };
}

export function refundView(refund: StandInRefund) {
  return {
    id: refund.id,
    status: 'COMPLETED',
    amount: { ...refund.amount },
    create_time: time(refund.createdAt),
    update_time: time(refund.createdAt),
    links: [link(`/v2/payments/refunds/${refund.id}`, 'self'), link(`/v2/payments/captures/${refund.captureId}`, 'up')],
  };
}

/** The stand-in's one buyer, shown once an order is approved. */
function payerView(seed: string, order: StandInOrder) {
  return {
    name: { given_name: 'Sandbox', surname: 'Buyer' },
    email_address: 'buyer@paypal-stand-in.invalid',
    payer_id: order.payerId ?? payerIdFor(seed, order.merchant),
    address: { country_code: 'US' },
  };
}

export function orderView(seed: string, order: StandInOrder, capture: StandInCapture | undefined) {
  return {
    id: order.id,
    intent: 'CAPTURE',
    status: order.status,
    purchase_units: [
      {
        reference_id: order.referenceId ?? 'default',
        amount: { ...order.amount },
        ...(capture ? { payments: { captures: [captureView(capture)] } } : {}),
      },
    ],
    ...(order.payerId ? { payer: payerView(seed, order) } : {}),
    create_time: time(order.createdAt),
    update_time: time(order.updatedAt),
    links: [
      link(`/v2/checkout/orders/${order.id}`, 'self'),
      // PayPal's approve link is its checkout page; the stand-in's approval window is in its SDK.
      link(`/checkoutnow?token=${order.id}`, 'approve'),
      link(`/v2/checkout/orders/${order.id}/capture`, 'capture', 'POST'),
    ],
  };
}
