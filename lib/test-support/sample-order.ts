import type { OrderRequest } from '@/lib/orders/place-order';
import type { OrderRecord } from '@/lib/store/records';

/** A complete order record for store tests. */
export function sampleOrder(ref: string, overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    ref,
    createdAt: '2026-11-26T10:00:00.000Z',
    locale: 'zh-CN',
    email: 'traveller@example.com',
    accountEmail: null,
    placedWith: 'shop',
    providerPayStatus: null,
    packageId: 1000000,
    packageCode: 'LP20220325000000',
    packageName: 'Malaysia & Thailand 500 MB',
    currency: 'JPY',
    currencyId: 7,
    digits: 0,
    quantity: 2,
    periods: 3,
    moneyMinor: 4500,
    provider: {
      orderId: 1055200093,
      orderNo: 'ESIM_L202611260000001',
      amountMinor: 4500,
      currency: 'JPY',
      packageName: 'Malaysia & Thailand 500 MB',
      orderTime: '2026-11-26T10:00:00.958Z',
      periods: 3,
      clientId: 'opaque-client-id',
    },
    exchange: { request: '{"id":1000000}', response: '{"code":0}' },
    ...overrides,
  };
}

/** A customer's request for the documentation's example package (USD 5 a period), as placeOrder takes it. */
export function sampleOrderRequest(overrides: Partial<OrderRequest> = {}): OrderRequest {
  return { packageId: 1000000, packageCode: 'LP20220325000000', currency: 'USD', quantity: 1, periods: 1, email: 'a@b.co', ...overrides };
}
