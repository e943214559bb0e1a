import type { PayPalCall, PayPalJsonAnswer } from '@/lib/sandbox/paypal/context';
import { mintId, payerIdFor } from '@/lib/sandbox/paypal/ids';
import { invalidRequest, resourceNotFound, unprocessable } from '@/lib/sandbox/paypal/problems';
import type { StandInCapture, StandInOrder } from '@/lib/sandbox/paypal/records';
import { approveSchema, checkedMoney, createOrderSchema, readBody } from '@/lib/sandbox/paypal/request-bodies';
import { orderView } from '@/lib/sandbox/paypal/views';

/** The caller's own order; another merchant's is as unknown as one that never was. */
export function ownOrder(call: PayPalCall, orderId: string): StandInOrder {
  const order = call.paypal.orders.get(orderId);
  if (!order || order.merchant !== call.caller.merchant) throw resourceNotFound(orderId);
  return order;
}

const viewOf = (call: PayPalCall, order: StandInOrder) =>
  orderView(call.seed, order, order.captureId ? call.paypal.captures.get(order.captureId) : undefined);

/** `POST /v2/checkout/orders`: one purchase unit, intent CAPTURE. */
export function createOrder(call: PayPalCall, bodyText: string): PayPalJsonAnswer {
  const body = readBody(bodyText, createOrderSchema);
  if (body.intent !== 'CAPTURE') throw invalidRequest('INVALID_PARAMETER_VALUE', { field: '/intent', value: body.intent });
  if (body.purchase_units.length > 1) throw invalidRequest('INVALID_ARRAY_MAX_ITEMS', { field: '/purchase_units' });
  const [unit] = body.purchase_units;
  if (!unit) throw invalidRequest('MISSING_REQUIRED_PARAMETER', { field: '/purchase_units' });
  const amount = checkedMoney(unit.amount, '/purchase_units/0/amount');
  const referenceId = unit.reference_id ?? null;
  const { paypal, now, caller } = call;
  const order: StandInOrder = {
    id: mintId(call.seed, paypal, 'order', `${now.toISOString()}:${caller.merchant}:${referenceId ?? ''}`),
    merchant: caller.merchant,
    referenceId,
    amount,
    status: 'CREATED',
    outcome: null,
    payerId: null,
    captureId: null,
    declines: 0,
    createdAt: now,
    updatedAt: now,
  };
  paypal.orders.set(order.id, order);
  return { status: 201, body: viewOf(call, order) };
}

export function getOrder(call: PayPalCall, orderId: string): PayPalJsonAnswer {
  return { status: 200, body: viewOf(call, ownOrder(call, orderId)) };
}

/**
 * `POST /paypal/approve`: what the stand-in's approval window posts when the buyer chooses. The
 * outcome decides what the capture answers; choosing again before the capture replaces it.
 */
export function approveOrder(call: PayPalCall, bodyText: string): PayPalJsonAnswer {
  const { orderId, outcome } = readBody(bodyText, approveSchema);
  const order = ownOrder(call, orderId);
  if (order.status === 'COMPLETED') throw unprocessable('ORDER_ALREADY_CAPTURED');
  order.status = 'APPROVED';
  order.outcome = outcome;
  order.payerId ??= payerIdFor(call.seed, order.merchant);
  order.updatedAt = call.now;
  return { status: 200, body: viewOf(call, order) };
}

/**
 * `POST /v2/checkout/orders/{id}/capture`. A declined funding source sends the order back to the
 * buyer (the SDK's `actions.restart()`, same order id); a pending one completes the order with a
 * capture held for review.
 */
export function captureOrder(call: PayPalCall, orderId: string): PayPalJsonAnswer {
  const { paypal, now } = call;
  const order = ownOrder(call, orderId);
  if (order.status === 'COMPLETED') throw unprocessable('ORDER_ALREADY_CAPTURED');
  if (order.status !== 'APPROVED') throw unprocessable('ORDER_NOT_APPROVED');
  if (order.outcome === 'decline') {
    order.status = 'CREATED';
    order.outcome = null;
    order.declines += 1;
    order.updatedAt = now;
    throw unprocessable('INSTRUMENT_DECLINED');
  }
  const capture: StandInCapture = {
    id: mintId(call.seed, paypal, 'capture', `${order.id}:${now.toISOString()}`),
    orderId: order.id,
    merchant: order.merchant,
    status: order.outcome === 'pending' ? 'PENDING' : 'COMPLETED',
    amount: order.amount,
    createdAt: now,
    updatedAt: now,
    refundId: null,
  };
  paypal.captures.set(capture.id, capture);
  order.status = 'COMPLETED';
  order.captureId = capture.id;
  order.updatedAt = now;
  return { status: 201, body: viewOf(call, order) };
}
