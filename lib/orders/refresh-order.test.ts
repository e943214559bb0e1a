import { describe, expect, it, vi } from 'vitest';
import { ProviderUnavailableError } from '@/lib/linksfield/errors';
import { refreshOrderStage } from '@/lib/orders/refresh-order';
import { newOrderRef, type OrderRecord } from '@/lib/store/records';
import { memoryStores } from '@/lib/test-support/databases';

function order(): OrderRecord {
  return {
    ref: newOrderRef(),
    createdAt: '2026-11-26T10:00:00.000Z',
    locale: 'en',
    email: 'a@b.co',
    accountEmail: null,
    placedWith: 'shop',
    providerPayStatus: null,
    packageId: 1,
    packageCode: 'LP1',
    packageName: 'P',
    currency: 'USD',
    currencyId: 2,
    digits: 2,
    quantity: 1,
    periods: 1,
    moneyMinor: 500,
    provider: {
      orderId: 42,
      orderNo: 'ESIM_L1',
      amountMinor: 500,
      currency: 'USD',
      packageName: 'P',
      orderTime: '2026-11-26T10:00:00.000Z',
      periods: 1,
      clientId: 'c',
    },
    exchange: { request: '{}', response: '{}' },
  };
}

describe('refreshOrderStage', () => {
  it('records what the provider says and moves the stage on', async () => {
    const stores = memoryStores();
    const record = order();
    await stores.orders.insert(record);
    const client = { getOrderStatus: vi.fn(async () => ({ payStatus: 'cancelled' as const, activationCode: null })) };
    expect(await refreshOrderStage(record, 'en', { stores, client })).toEqual({
      stage: { kind: 'timed_out', refunded: false },
      upstream: 'ok',
    });
    expect((await stores.orders.findByRef(record.ref))?.providerPayStatus).toBe('cancelled');
  });

  it('keeps the last known stage and says so when the provider times out', async () => {
    const stores = memoryStores();
    const record = order();
    await stores.orders.insert(record);
    const client = {
      getOrderStatus: vi.fn(async () => {
        throw new ProviderUnavailableError('/package/queryOrdStatusAndEmail', 'timeout');
      }),
    };
    expect(await refreshOrderStage(record, 'en', { stores, client })).toEqual({
      stage: { kind: 'awaiting_payment' },
      upstream: 'unavailable',
    });
    expect(await stores.orders.findByRef(record.ref)).toEqual(record);
  });

  it('does not ask the provider once the stage is final', async () => {
    const stores = memoryStores();
    const record = { ...order(), providerPayStatus: 'cancelled' as const };
    await stores.orders.insert(record);
    const client = { getOrderStatus: vi.fn() };
    expect((await refreshOrderStage(record, 'en', { stores, client })).upstream).toBe('skipped');
    expect(client.getOrderStatus).not.toHaveBeenCalled();
  });

  it('takes an order placed seconds ago at the pre-order’s word, when the page asks it to', async () => {
    const stores = memoryStores();
    const record = order();
    await stores.orders.insert(record);
    const client = { getOrderStatus: vi.fn(async () => ({ payStatus: 'cancelled' as const, activationCode: null })) };
    const placedAt = Date.parse(record.createdAt);
    const at = (ms: number) => ({ trustPreOrderForMs: 30_000, now: () => new Date(placedAt + ms) });

    expect(await refreshOrderStage(record, 'en', { stores, client }, at(5_000))).toEqual({
      stage: { kind: 'awaiting_payment' },
      upstream: 'skipped',
    });
    expect(client.getOrderStatus).not.toHaveBeenCalled();
    // Older than the window, or without the option (the status poll): the provider is asked.
    expect((await refreshOrderStage(record, 'en', { stores, client }, at(30_000))).stage.kind).toBe('timed_out');
    expect(client.getOrderStatus).toHaveBeenCalledTimes(1);
  });

  it('asks the provider about a young order once anything happened to it', async () => {
    const stores = memoryStores();
    const record = { ...order(), providerPayStatus: 'waiting' as const };
    await stores.orders.insert(record);
    const client = { getOrderStatus: vi.fn(async () => ({ payStatus: 'cancelled' as const, activationCode: null })) };
    const options = { trustPreOrderForMs: 30_000, now: () => new Date(Date.parse(record.createdAt) + 1000) };
    expect((await refreshOrderStage(record, 'en', { stores, client }, options)).upstream).toBe('ok');
    expect(client.getOrderStatus).toHaveBeenCalledTimes(1);
  });

  it('asks the provider about an order whose payment report is in flight, instead of skipping it', async () => {
    const stores = memoryStores();
    const record = order();
    await stores.orders.insert(record);
    // What a crash mid-report leaves: charged, the report claimed and never answered.
    await stores.payments.start({ id: 'p1', orderRef: record.ref, amountMinor: 500, currency: 'USD', cardLast4: '4242', createdAt: record.createdAt });
    await stores.payments.update('p1', { from: 'processing', status: 'succeeded', reason: null, providerPaymentId: 'pi' });
    await stores.payments.claimReport({ orderRef: record.ref, type: 'succeeded', paymentId: 'pi', createdAt: record.createdAt });
    const client = { getOrderStatus: vi.fn(async () => ({ payStatus: 'paid' as const, activationCode: 'LPA:1$x$y' })) };
    expect(await refreshOrderStage(record, 'en', { stores, client })).toEqual({ stage: { kind: 'esim_ready' }, upstream: 'ok' });
    expect(client.getOrderStatus).toHaveBeenCalledTimes(1);
  });
});
