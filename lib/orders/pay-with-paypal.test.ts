import { describe, expect, it, vi } from 'vitest';
import { minorToDecimalString } from '@/lib/money';
import { placeOrder } from '@/lib/orders/place-order';
import { capturePayPalOrder, createPayPalOrder, recordBrowserCapture, type PayPalResult } from '@/lib/orders/pay-with-paypal';
import { settleOrder } from '@/lib/orders/settle-order';
import { createPayPalPaymentProvider } from '@/lib/payments/paypal-payment';
import { createPayPalClient } from '@/lib/paypal/orders-client';
import { SANDBOX_PAYPAL } from '@/lib/sandbox';
import { memoryStores } from '@/lib/test-support/databases';
import { sandboxForTests } from '@/lib/test-support/sandbox-client';
import { sampleOrderRequest } from '@/lib/test-support/sample-order';

const provider = sandboxForTests('pay-with-paypal-test-token');
const standIn = () => `${provider.sandbox.url}/paypal`;

type Outcome = 'approve' | 'decline' | 'pending';

/** What the buyer does in PayPal's window: the stand-in's approval, as its SDK posts it. */
async function approve(paypalOrderId: string, outcome: Outcome, clientId: string = SANDBOX_PAYPAL.clientId) {
  const response = await fetch(`${standIn()}/approve`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'paypal-client-id': clientId },
    body: JSON.stringify({ orderId: paypalOrderId, outcome }),
  });
  expect(response.status).toBeLessThan(300);
}

async function newOrder(currency = 'USD', stores = memoryStores()) {
  const api = createPayPalClient({ baseUrl: standIn(), ...SANDBOX_PAYPAL, timeoutMs: 5_000 });
  const paypal = createPayPalPaymentProvider(api);
  const reportPayment = vi.fn(provider.client.reportPayment);
  const deps = { stores, client: { reportPayment }, paypal, paymentProvider: paypal };
  const placed = await placeOrder(
    sampleOrderRequest({ currency }),
    'en',
    { client: provider.client, stores },
  );
  if (!placed.ok) throw new Error('placing the order failed');
  const order = (await stores.orders.findByRef(placed.ref))!;
  return { ref: placed.ref, order, stores, api, reportPayment, deps };
}

const created = (result: PayPalResult) => {
  if (result.kind !== 'created') throw new Error(`expected a PayPal order, got ${result.kind}`);
  return result.paypalOrderId;
};

describe('PayPal, the shop collecting (against the stand-in over HTTP)', () => {
  it('creates the order for exactly the pre-order amount, captures it once and reports the capture id', async () => {
    const { ref, order, api, deps, reportPayment, stores } = await newOrder();
    const paypalOrderId = created(await createPayPalOrder(ref, deps));
    const atPayPal = await api.getOrder(paypalOrderId, order.digits);
    expect(atPayPal.status).toBe('CREATED');
    await approve(paypalOrderId, 'approve');

    // A double click and a second tab: one capture, one payment, one report.
    const results = await Promise.all([1, 2, 3].map(() => capturePayPalOrder(ref, paypalOrderId, 'en', deps)));
    expect(results.filter((result) => result.kind === 'captured')).toHaveLength(1);
    expect(reportPayment).toHaveBeenCalledTimes(1);
    const [payment] = await stores.payments.list(ref);
    expect(payment).toMatchObject({ method: 'paypal', status: 'succeeded', paypalOrderId, amountMinor: order.provider.amountMinor });
    const capture = await api.getCapture(payment!.providerPaymentId!, order.digits);
    expect(capture).toMatchObject({ status: 'COMPLETED', amountMinor: order.provider.amountMinor, currency: order.provider.currency });
    expect(reportPayment.mock.calls[0]![0]).toMatchObject({ paymentId: capture.captureId, succeeded: true });
    expect(await stores.payments.findReport(ref)).toMatchObject({ state: 'answered', code: 0 });
  });

  it('a declined funding source leaves the same PayPal order to approve again with another', async () => {
    const { ref, deps, reportPayment, stores } = await newOrder();
    const paypalOrderId = created(await createPayPalOrder(ref, deps));
    await approve(paypalOrderId, 'decline');
    expect(await capturePayPalOrder(ref, paypalOrderId, 'en', deps)).toEqual({ kind: 'instrument_declined' });
    expect(reportPayment).not.toHaveBeenCalled();
    await approve(paypalOrderId, 'approve');
    expect(await capturePayPalOrder(ref, paypalOrderId, 'en', deps)).toMatchObject({ kind: 'captured', stage: { kind: 'paid' } });
    expect((await stores.payments.list(ref)).map((payment) => payment.status)).toEqual(['declined', 'succeeded']);
  });

  it('a capture PayPal holds is pending, reported only once it completes', async () => {
    const { ref, deps, reportPayment, stores } = await newOrder();
    const paypalOrderId = created(await createPayPalOrder(ref, deps));
    await approve(paypalOrderId, 'pending');
    expect(await capturePayPalOrder(ref, paypalOrderId, 'en', deps)).toEqual({ kind: 'captured', stage: { kind: 'payment_pending' } });
    expect(reportPayment).not.toHaveBeenCalled();
    const order = (await stores.orders.findByRef(ref))!;
    const settle = { ...deps, client: { ...provider.client, reportPayment }, inFlightMs: 60_000 };
    // Still held: nothing moves.
    expect(await settleOrder(order, settle)).toEqual([]);
    const [payment] = await stores.payments.list(ref);
    provider.sandbox.sandbox.control.settlePayPalCapture(payment!.providerPaymentId!, 'COMPLETED');
    const done = await settleOrder(order, settle);
    expect(done.map((action) => action.action)).toEqual(['payment_found_charged', 'report_sent']);
    expect(reportPayment).toHaveBeenCalledTimes(1);
    expect(reportPayment.mock.calls[0]![0]).toMatchObject({ paymentId: payment!.providerPaymentId, succeeded: true });
  });

  it('a held capture that fails for good is reported once as a failed payment', async () => {
    const { ref, deps, reportPayment, stores } = await newOrder();
    const paypalOrderId = created(await createPayPalOrder(ref, deps));
    await approve(paypalOrderId, 'pending');
    await capturePayPalOrder(ref, paypalOrderId, 'en', deps);
    const [payment] = await stores.payments.list(ref);
    provider.sandbox.sandbox.control.settlePayPalCapture(payment!.providerPaymentId!, 'DECLINED');
    const order = (await stores.orders.findByRef(ref))!;
    const settle = { ...deps, client: { ...provider.client, reportPayment }, inFlightMs: 60_000 };
    await settleOrder(order, settle);
    await settleOrder(order, settle);
    expect(reportPayment).toHaveBeenCalledTimes(1);
    expect(reportPayment.mock.calls[0]![0]).toMatchObject({ succeeded: false });
    expect(await stores.payments.findReport(ref)).toMatchObject({ type: 'failed', code: 0 });
  });

  it('a capture the provider refuses (6006, the reservation expired) is refunded once at PayPal', async () => {
    const { ref, order, api, deps, stores } = await newOrder();
    const paypalOrderId = created(await createPayPalOrder(ref, deps));
    await approve(paypalOrderId, 'approve');
    provider.sandbox.sandbox.control.expireOrder(order.provider.orderId);
    expect(await capturePayPalOrder(ref, paypalOrderId, 'en', deps)).toEqual({
      kind: 'captured',
      stage: { kind: 'timed_out', refunded: true },
    });
    const [payment] = await stores.payments.list(ref);
    expect(payment?.status).toBe('refunded');
    expect((await api.getCapture(payment!.providerPaymentId!, order.digits)).status).toBe('REFUNDED');
    // A second refund (a recovery pass whose answer was lost) changes nothing.
    expect(await deps.paypal.refund(payment!.providerPaymentId!, 'paypal')).toBe(true);
  });

  it('captures only a PayPal order the shop created for this order', async () => {
    const first = await newOrder();
    const second = await newOrder('USD', first.stores);
    const paypalOrderId = created(await createPayPalOrder(first.ref, first.deps));
    await approve(paypalOrderId, 'approve');
    expect(await capturePayPalOrder(second.ref, paypalOrderId, 'en', first.deps)).toEqual({ kind: 'not_yours' });
    expect(await first.stores.payments.list(second.ref)).toEqual([]);
    expect(await capturePayPalOrder(first.ref, 'NOT-A-SHOP-ORDER', 'en', first.deps)).toEqual({ kind: 'not_yours' });
  });
});

describe('PayPal, the provider collecting (the browser captured)', () => {
  const browserCapture = async (currency = 'USD', outcome: Outcome = 'approve') => {
    const shop = await newOrder(currency);
    // What the SDK does with the provider's client id: create, approve, capture, all in the browser.
    const clientId = shop.order.provider.clientId;
    const headers = { 'content-type': 'application/json', 'paypal-client-id': clientId };
    const value = minorToDecimalString(shop.order.provider.amountMinor, shop.order.digits);
    const orderAnswer = await fetch(`${standIn()}/v2/checkout/orders`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ intent: 'CAPTURE', purchase_units: [{ amount: { currency_code: currency, value } }] }),
    });
    const paypalOrderId = ((await orderAnswer.json()) as { id: string }).id;
    await approve(paypalOrderId, outcome, clientId);
    const captured = (await (await fetch(`${standIn()}/v2/checkout/orders/${paypalOrderId}/capture`, { method: 'POST', headers })).json()) as {
      purchase_units: { payments: { captures: { id: string; status: string; amount: { value: string; currency_code: string } }[] } }[];
    };
    const capture = captured.purchase_units[0]!.payments.captures[0]!;
    const report = {
      paypalOrderId,
      captureId: capture.id,
      status: capture.status,
      value: capture.amount.value,
      currency: capture.amount.currency_code,
    };
    const deps = { ...shop.deps, paypal: createPayPalPaymentProvider(undefined), paymentProvider: createPayPalPaymentProvider(undefined) };
    return { ...shop, report, deps };
  };

  it('records the capture once, however often it is sent, and reports its id as paypalId', async () => {
    const { ref, report, deps, reportPayment, stores } = await browserCapture();
    const results = await Promise.all([1, 2].map(() => recordBrowserCapture(ref, report, 'en', deps)));
    expect(results.every((result) => result.kind === 'captured')).toBe(true);
    expect(await recordBrowserCapture(ref, report, 'en', deps)).toMatchObject({ kind: 'captured' });
    expect(reportPayment).toHaveBeenCalledTimes(1);
    expect(reportPayment.mock.calls[0]![0]).toMatchObject({ paymentId: report.captureId });
    expect(await stores.payments.list(ref)).toEqual([expect.objectContaining({ status: 'succeeded', providerPaymentId: report.captureId })]);
  });

  it('a capture PayPal holds is recorded as held, never reported, and the recovery pass leaves it held', async () => {
    const { ref, report, deps, reportPayment, stores } = await browserCapture('USD', 'pending');
    expect(report.status).toBe('PENDING');
    expect(await recordBrowserCapture(ref, report, 'en', deps)).toEqual({ kind: 'captured', stage: { kind: 'payment_pending' } });
    expect(await stores.payments.list(ref)).toEqual([expect.objectContaining({ status: 'pending', providerPaymentId: report.captureId })]);
    // The shop cannot read the provider's PayPal: what the browser reported stands until PayPal's word reaches it.
    const order = (await stores.orders.findByRef(ref))!;
    const settle = { ...deps, client: { ...provider.client, reportPayment }, inFlightMs: 0 };
    expect(await settleOrder(order, settle)).toEqual([]);
    expect(reportPayment).not.toHaveBeenCalled();
    expect(await stores.payments.list(ref)).toEqual([expect.objectContaining({ status: 'pending' })]);
  });

  it('refuses an amount or currency other than the pre-order, and a capture used by another order', async () => {
    const { ref, report, deps, reportPayment, stores } = await browserCapture();
    expect(await recordBrowserCapture(ref, { ...report, value: '0.01' }, 'en', deps)).toEqual({ kind: 'mismatch' });
    expect(await recordBrowserCapture(ref, { ...report, currency: 'EUR' }, 'en', deps)).toEqual({ kind: 'mismatch' });
    expect(await stores.payments.list(ref)).toEqual([]);
    expect(reportPayment).not.toHaveBeenCalled();

    expect(await recordBrowserCapture(ref, report, 'en', deps)).toMatchObject({ kind: 'captured' });
    // The same capture sent for another order of the shop pays nothing there.
    const other = await newOrder('USD', stores);
    expect(await recordBrowserCapture(other.ref, report, 'en', deps)).toEqual({ kind: 'not_yours' });
    expect(await stores.payments.list(other.ref)).toEqual([]);
  });
});
