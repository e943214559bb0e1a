import { describe, expect, it, vi } from 'vitest';
import { payOrder } from '@/lib/orders/pay-order';
import { placeOrder } from '@/lib/orders/place-order';
import { refreshOrderStage } from '@/lib/orders/refresh-order';
import { createSandboxPaymentProvider, SANDBOX_CARDS } from '@/lib/payments/sandbox-payment';
import { memoryStores } from '@/lib/test-support/databases';
import { sandboxForTests } from '@/lib/test-support/sandbox-client';
import { sampleOrderRequest } from '@/lib/test-support/sample-order';

const provider = sandboxForTests('pay-order-test-token');

const card = (number: string) => ({ number, expiry: '12/30', cvc: '123' });

async function newOrder() {
  const stores = memoryStores();
  const payments = createSandboxPaymentProvider();
  const reportPayment = vi.fn(provider.client.reportPayment);
  const deps = { stores, paymentProvider: payments, client: { reportPayment } };
  const placed = await placeOrder(
    sampleOrderRequest(),
    'en',
    { client: provider.client, stores },
  );
  if (!placed.ok) throw new Error('placing the order failed');
  return { ref: placed.ref, stores, payments, reportPayment, deps };
}

describe('payOrder against the sandbox', () => {
  it('a declined card leaves the order payable, then a good card pays it and the eSIM is issued', async () => {
    const { ref, stores, deps, reportPayment } = await newOrder();
    expect(await payOrder(ref, card(SANDBOX_CARDS.declined), 'en', deps)).toEqual({ kind: 'declined', reason: 'card_declined' });
    expect(reportPayment).not.toHaveBeenCalled();

    const paid = await payOrder(ref, card(SANDBOX_CARDS.succeeds), 'en', deps);
    expect(paid).toEqual({ kind: 'charged', stage: { kind: 'paid' } });
    expect(await stores.payments.findReport(ref)).toMatchObject({ state: 'answered', code: 0, type: 'succeeded' });

    const order = (await stores.orders.findByRef(ref))!;
    expect((await refreshOrderStage(order, 'en', { stores, client: provider.client })).stage).toEqual({ kind: 'esim_ready' });
    const esim = await provider.client.getEsimDetail(order.provider.orderId, 'en');
    expect(esim.activationCode).toMatch(/^LPA:1\$/);
  });

  it('sends one report whatever the browser does: concurrent and repeated payments', async () => {
    const { ref, deps, reportPayment, stores } = await newOrder();
    const results = await Promise.all([1, 2, 3].map(() => payOrder(ref, card(SANDBOX_CARDS.succeeds), 'en', deps)));
    expect(results.filter((result) => result.kind === 'charged')).toHaveLength(1);
    expect(results.filter((result) => result.kind === 'not_payable')).toHaveLength(2);
    expect(await payOrder(ref, card(SANDBOX_CARDS.succeeds), 'en', deps)).toMatchObject({ kind: 'not_payable' });
    expect(reportPayment).toHaveBeenCalledTimes(1);
    expect((await stores.payments.list(ref)).filter((p) => p.status === 'succeeded')).toHaveLength(1);
  });

  it('a late payment gets 6006, is refunded, and the customer is told to order again', async () => {
    const { ref, deps, stores, payments } = await newOrder();
    const order = (await stores.orders.findByRef(ref))!;
    provider.sandbox.sandbox.control.expireOrder(order.provider.orderId);
    const result = await payOrder(ref, card(SANDBOX_CARDS.succeeds), 'en', deps);
    expect(result).toEqual({ kind: 'charged', stage: { kind: 'timed_out', refunded: true } });
    expect(await stores.payments.findReport(ref)).toMatchObject({ code: 6006 });
    const [attempt] = await stores.payments.list(ref);
    expect(attempt?.status).toBe('refunded');
    expect(payments.refunds.size).toBe(1);
  });

  it('an unknown order reference charges nothing', async () => {
    const { deps } = await newOrder();
    expect(await payOrder('AAAAAAAAAAAAAAAAAAAAAA', card(SANDBOX_CARDS.succeeds), 'en', deps)).toEqual({ kind: 'not_found' });
  });
});
