import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { SANDBOX_DEFAULTS } from '@/lib/env';
import { createLinksfieldClient } from '@/lib/linksfield/client';
import { loadStage, payOrder } from '@/lib/orders/pay-order';
import { placeOrder } from '@/lib/orders/place-order';
import { runRecoveryPass } from '@/lib/orders/recovery-pass';
import { refreshOrderStage } from '@/lib/orders/refresh-order';
import { settleOrder, type SettleDependencies } from '@/lib/orders/settle-order';
import { createSandboxPaymentProvider, SANDBOX_CARDS } from '@/lib/payments/sandbox-payment';
import type { OrderRecord } from '@/lib/store/records';
import { memoryStores } from '@/lib/test-support/databases';
import { sandboxForTests } from '@/lib/test-support/sandbox-client';
import { sampleOrderRequest } from '@/lib/test-support/sample-order';

const TOKEN = 'settle-order-test-token';
const provider = sandboxForTests(TOKEN);

/** Every step below happens "later": one minute after the crash, past the 30 s in-flight deadline. */
const later = () => new Date(Date.now() + 60_000);
const card = { number: SANDBOX_CARDS.succeeds, expiry: '12/30', cvc: '123' };

/** A shop (stores, payment provider, client with a watched webhook) and one order placed at the sandbox. */
async function shopWithOrder() {
  const stores = memoryStores();
  const payments = createSandboxPaymentProvider();
  // A short deadline, so a held answer (forceTimeout) ends quickly as "no answer".
  const client = createLinksfieldClient({
    baseUrl: provider.sandbox.url,
    timeoutMs: 1000,
    partnerCode: SANDBOX_DEFAULTS.partnerCode,
    accessToken: TOKEN,
  });
  const reportPayment = vi.fn(client.reportPayment);
  const getOrderStatus = vi.fn(client.getOrderStatus);
  const deps: SettleDependencies = {
    stores,
    paymentProvider: payments,
    client: { reportPayment, getOrderStatus },
    inFlightMs: 30_000,
    now: later,
  };
  const placed = await placeOrder(
    sampleOrderRequest(),
    'en',
    { client, stores },
  );
  if (!placed.ok) throw new Error('placing the order failed');
  const order = (await stores.orders.findByRef(placed.ref))!;
  const atSandbox = () => provider.sandbox.sandbox.state.orders.get(order.provider.orderId)!;
  return { stores, payments, client, deps, order, reportPayment, getOrderStatus, atSandbox };
}

type Shop = Awaited<ReturnType<typeof shopWithOrder>>;

/** The state a `kill -9` leaves after the card was charged: payment succeeded, report claimed, no answer recorded. */
async function crashedWhileReporting({ stores, payments, order }: Shop) {
  await stores.payments.start({ id: 'pay_crash', orderRef: order.ref, amountMinor: 500, currency: 'USD', cardLast4: '4242', createdAt: new Date().toISOString() });
  const charge = await payments.charge({ attemptId: 'pay_crash', orderRef: order.ref, amountMinor: 500, currency: 'USD', card });
  await stores.payments.update('pay_crash', { from: 'processing', status: 'succeeded', reason: null, providerPaymentId: charge.paymentId });
  await stores.payments.claimReport({ orderRef: order.ref, type: 'succeeded', paymentId: charge.paymentId, createdAt: new Date().toISOString() });
  return charge.paymentId;
}

const stageOf = async (shop: Shop) => loadStage(shop.stores, (await shop.stores.orders.findByRef(shop.order.ref)) as OrderRecord);

describe('settleOrder after a crash', () => {
  it('a report that reached the provider before the crash is recorded as accepted, never sent again', async () => {
    const shop = await shopWithOrder();
    const paymentId = await crashedWhileReporting(shop);
    // The report arrived (the provider was slow; the shop died while waiting for the answer).
    await shop.client.reportPayment(
      { orderId: shop.order.provider.orderId, amountMinor: 500, digits: 2, currency: 'USD', paymentId, succeeded: true, at: new Date() },
      'en',
    );
    const done = await settleOrder(shop.order, shop.deps);
    expect(done.map((action) => action.action)).toEqual(['report_confirmed_paid']);
    expect(shop.reportPayment).not.toHaveBeenCalled();
    expect(await shop.stores.payments.findReport(shop.order.ref)).toMatchObject({ state: 'answered', code: 0, attempts: 1 });
    expect(await stageOf(shop)).toEqual({ kind: 'esim_ready' });
    expect(shop.atSandbox().reports).toHaveLength(1);
    // A second pass finds nothing to do.
    expect(await settleOrder((await shop.stores.orders.findByRef(shop.order.ref))!, shop.deps)).toEqual([]);
  });

  it('a report that never arrived is sent once more while the order still waits, and the eSIM is issued', async () => {
    const shop = await shopWithOrder();
    await crashedWhileReporting(shop);
    const done = await settleOrder(shop.order, shop.deps);
    expect(done.map((action) => action.action)).toEqual(['report_resent']);
    expect(shop.reportPayment).toHaveBeenCalledTimes(1);
    expect(await shop.stores.payments.findReport(shop.order.ref)).toMatchObject({ state: 'answered', code: 0, attempts: 2 });
    expect(shop.atSandbox()).toMatchObject({ status: 'paid' });
    expect(shop.atSandbox().reports.map((report) => report.code)).toEqual([0]);
    const order = (await shop.stores.orders.findByRef(shop.order.ref))!;
    expect((await refreshOrderStage(order, 'en', { stores: shop.stores, client: shop.client })).stage).toEqual({ kind: 'esim_ready' });
  });

  it('two instances settling the same order at once send the report once', async () => {
    const shop = await shopWithOrder();
    await crashedWhileReporting(shop);
    const results = await Promise.all([1, 2, 3].map(() => settleOrder(shop.order, shop.deps)));
    expect(results.flat().filter((action) => action.action === 'report_resent')).toHaveLength(1);
    expect(shop.reportPayment).toHaveBeenCalledTimes(1);
    expect(shop.atSandbox().reports).toHaveLength(1);
  });

  it('leaves a payment under way alone until the in-flight deadline has passed', async () => {
    const shop = await shopWithOrder();
    await crashedWhileReporting(shop);
    expect(await settleOrder(shop.order, { ...shop.deps, now: () => new Date() })).toEqual([]);
    expect(shop.getOrderStatus).not.toHaveBeenCalled();
    expect(await shop.stores.payments.findReport(shop.order.ref)).toMatchObject({ state: 'sending' });
  });

  it('refunds and says so when the reservation expired at the provider before the report', async () => {
    const shop = await shopWithOrder();
    const paymentId = await crashedWhileReporting(shop);
    provider.sandbox.sandbox.control.expireOrder(shop.order.provider.orderId);
    const done = await settleOrder(shop.order, shop.deps);
    expect(done.map((action) => action.action)).toEqual(['refunded']);
    expect(shop.reportPayment).not.toHaveBeenCalled();
    expect(shop.payments.refunds.has(paymentId)).toBe(true);
    expect(await stageOf(shop)).toEqual({ kind: 'timed_out', refunded: true });
    // Refunded once, whoever comes next.
    expect(await settleOrder((await shop.stores.orders.findByRef(shop.order.ref))!, shop.deps)).toEqual([]);
  });

  it('refunds when the provider no longer knows the order (10008)', async () => {
    const shop = await shopWithOrder();
    await crashedWhileReporting(shop);
    const ghost = { ...shop.order, provider: { ...shop.order.provider, orderId: 999_999 } };
    const done = await settleOrder(ghost, shop.deps);
    expect(done.map((action) => action.action)).toEqual(['refunded']);
    expect(await stageOf(shop)).toEqual({ kind: 'report_refused', code: 10008 });
  });

  it('sends a report that got no answer again, once the provider shows it never arrived', async () => {
    const shop = await shopWithOrder();
    provider.sandbox.sandbox.control.forceTimeout('/v1.1/payment/webhook', 1);
    const paid = await payOrder(shop.order.ref, card, 'en', { stores: shop.stores, client: shop.client, paymentProvider: shop.payments });
    expect(paid).toEqual({ kind: 'charged', stage: { kind: 'confirming' } });
    expect(shop.atSandbox()).toMatchObject({ status: 'reserved', reports: [] });
    const done = await settleOrder(shop.order, shop.deps);
    expect(done.map((action) => action.action)).toEqual(['report_resent']);
    expect(shop.atSandbox()).toMatchObject({ status: 'paid' });
    expect(shop.atSandbox().reports).toHaveLength(1);
  });

  it('stops sending after the last allowed send and keeps reading the status', async () => {
    const shop = await shopWithOrder();
    onTestFinished(() => provider.sandbox.sandbox.control.clearScenarios());
    await crashedWhileReporting(shop);
    provider.sandbox.sandbox.control.forceTimeout('/v1.1/payment/webhook', 2);
    // Each pass a minute after the one before: a send is only looked at again once its own deadline passed.
    const pass = (minutes: number) => ({ ...shop.deps, maxReportSends: 2, now: () => new Date(Date.now() + minutes * 60_000) });
    expect((await settleOrder(shop.order, pass(1))).map((action) => action.action)).toEqual(['report_resent']);
    expect((await settleOrder(shop.order, pass(2))).map((action) => action.action)).toEqual(['report_resend_limit']);
    expect(await settleOrder(shop.order, pass(3))).toEqual([]);
    expect(shop.reportPayment).toHaveBeenCalledTimes(1);
    expect(await stageOf(shop)).toEqual({ kind: 'confirming' });
    // Then the reservation runs out at the provider: the next pass refunds.
    provider.sandbox.sandbox.control.clearScenarios();
    provider.sandbox.sandbox.control.expireOrder(shop.order.provider.orderId);
    expect((await settleOrder(shop.order, pass(4))).map((action) => action.action)).toEqual(['refunded']);
  });

  it('a charge cut off before its answer was recorded: not charged means payable again', async () => {
    const shop = await shopWithOrder();
    await shop.stores.payments.start({ id: 'pay_lost', orderRef: shop.order.ref, amountMinor: 500, currency: 'USD', cardLast4: '4242', createdAt: new Date().toISOString() });
    const done = await settleOrder(shop.order, shop.deps);
    expect(done.map((action) => action.action)).toEqual(['payment_not_charged']);
    expect(await stageOf(shop)).toEqual({ kind: 'payment_declined', reason: 'interrupted' });
    expect(shop.reportPayment).not.toHaveBeenCalled();
  });

  it('a charge that went through before the crash is reported, once', async () => {
    const shop = await shopWithOrder();
    await shop.stores.payments.start({ id: 'pay_done', orderRef: shop.order.ref, amountMinor: 500, currency: 'USD', cardLast4: '4242', createdAt: new Date().toISOString() });
    const charge = await shop.payments.charge({ attemptId: 'pay_done', orderRef: shop.order.ref, amountMinor: 500, currency: 'USD', card });
    const done = await settleOrder(shop.order, shop.deps);
    expect(done.map((action) => action.action)).toEqual(['payment_found_charged', 'report_sent']);
    expect(await shop.stores.payments.findReport(shop.order.ref)).toMatchObject({ state: 'answered', code: 0, paymentId: charge.paymentId });
    expect(shop.atSandbox()).toMatchObject({ status: 'paid' });
  });

  it('refunds a refused report whose refund a crash cut off', async () => {
    const shop = await shopWithOrder();
    const paymentId = await crashedWhileReporting(shop);
    await shop.stores.payments.finishReport(shop.order.ref, { state: 'sending', attempts: 1 }, {
      state: 'answered',
      code: 3005,
      message: 'no profile',
      request: null,
      response: null,
      answeredAt: new Date().toISOString(),
    });
    const done = await settleOrder(shop.order, shop.deps);
    expect(done.map((action) => action.action)).toEqual(['refunded']);
    expect(shop.payments.refunds.has(paymentId)).toBe(true);
    expect((await shop.stores.payments.list(shop.order.ref))[0]).toMatchObject({ status: 'refunded' });
  });
});

describe('runRecoveryPass', () => {
  it('finds every order left in flight and every pre-order left pending, and records what it did', async () => {
    const shop = await shopWithOrder();
    await crashedWhileReporting(shop);
    await shop.stores.formKeys.claim({ key: 'cut-off-key', fingerprint: 'f', request: '{"packageId":1000000}', now: new Date().toISOString() });
    const done = await runRecoveryPass(shop.deps);
    expect(done.map((action) => action.action).sort()).toEqual(['pre_order_unconfirmed', 'report_resent']);
    expect(await shop.stores.formKeys.find('cut-off-key')).toMatchObject({ state: 'unconfirmed', request: '{"packageId":1000000}' });
    expect((await shop.stores.recovery.list(10)).map((action) => action.action).sort()).toEqual(['pre_order_unconfirmed', 'report_resent']);
    expect(await shop.stores.recovery.list(10, shop.order.ref)).toEqual([expect.objectContaining({ action: 'report_resent' })]);
    // Settled: the next pass has nothing left.
    expect(await runRecoveryPass(shop.deps)).toEqual([]);
  });

  it('leaves young work alone', async () => {
    const shop = await shopWithOrder();
    await crashedWhileReporting(shop);
    await shop.stores.formKeys.claim({ key: 'live-key', fingerprint: 'f', request: '{}', now: new Date().toISOString() });
    expect(await runRecoveryPass({ ...shop.deps, now: () => new Date() })).toEqual([]);
    expect(await shop.stores.formKeys.find('live-key')).toMatchObject({ state: 'pending' });
  });
});
