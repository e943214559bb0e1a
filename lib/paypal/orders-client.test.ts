import { describe, expect, it, vi } from 'vitest';
import type { CallRecord } from '@/lib/linksfield/transport';
import { isInstrumentDeclined, PayPalError, PayPalUnavailableError } from '@/lib/paypal/errors';
import { createPayPalClient } from '@/lib/paypal/orders-client';

/* Answers as PayPal's Orders v2 documentation records them (trimmed of links and payer details). */
const TOKEN = {
  scope: 'https://uri.paypal.com/services/payments/payment',
  access_token: 'A21AAFEpH4PsADK7qSS7pSRsgzfENtu-Q1ysgEDVDESseMHBYXVJYE8ovjj68elIDy8nF26AwPhfXTIeWAZHSLIsQkSYz9ifg',
  token_type: 'Bearer',
  app_id: 'APP-80W284485P519543T',
  expires_in: 31668,
  nonce: '2020-04-03T15:35:36ZaYZlGvEkV4yVSz8g6bAKFoGSEzuy3CQcz3ljhibkOHg',
};
const CREATED = {
  id: '5O190127TN364715T',
  status: 'CREATED',
  links: [{ href: 'https://www.paypal.com/checkoutnow?token=5O190127TN364715T', rel: 'approve', method: 'GET' }],
};
const captured = (status: string) => ({
  id: '5O190127TN364715T',
  status: 'COMPLETED',
  purchase_units: [
    {
      reference_id: 'd9f80740-38f0-11e8-b467-0ed5f89f718b',
      payments: {
        captures: [
          {
            id: '3C679366HH908993F',
            status,
            ...(status === 'PENDING' ? { status_details: { reason: 'PENDING_REVIEW' } } : {}),
            amount: { currency_code: 'USD', value: '10.00' },
            final_capture: true,
            create_time: '2018-04-01T21:20:49Z',
          },
        ],
      },
    },
  ],
});
const DECLINED = {
  name: 'UNPROCESSABLE_ENTITY',
  details: [{ issue: 'INSTRUMENT_DECLINED', description: 'The instrument presented was either declined by the processor or bank.' }],
  message: 'The requested action could not be performed, semantically incorrect, or failed business validation.',
  debug_id: 'c9a75b43fc807',
};

type Answer = { status: number; body: unknown };

function fakePayPal(answers: Record<string, Answer[]>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
    requests.push({ url: String(url), init });
    const path = new URL(String(url)).pathname;
    const queue = answers[`${init.method} ${path}`];
    const answer = queue?.shift();
    if (!answer) throw new Error(`no answer for ${init.method} ${path}`);
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  const calls: CallRecord[] = [];
  let clock = Date.parse('2026-12-04T10:00:00Z');
  const client = createPayPalClient({
    baseUrl: 'https://api-m.sandbox.paypal.com',
    clientId: 'shop-client-id',
    clientSecret: 'shop-client-secret-value',
    timeoutMs: 1000,
    fetch: fetch as typeof globalThis.fetch,
    now: () => clock,
    onCall: (call) => calls.push(call),
  });
  return { client, requests, calls, advance: (ms: number) => (clock += ms) };
}

const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

describe('the PayPal Orders v2 client', () => {
  it('creates an order for the exact amount in the currency’s digits, with a request id, after one token', async () => {
    const paypal = fakePayPal({
      'POST /v1/oauth2/token': [{ status: 200, body: TOKEN }],
      'POST /v2/checkout/orders': [
        { status: 201, body: CREATED },
        { status: 201, body: { ...CREATED, id: '6P190127TN364715T' } },
      ],
    });
    expect(await paypal.client.createOrder({ amountMinor: 1000, currency: 'USD', digits: 2, referenceId: 'ref1', requestId: 'req-1' })).toEqual({
      orderId: '5O190127TN364715T',
      status: 'CREATED',
    });
    await paypal.client.createOrder({ amountMinor: 1500, currency: 'JPY', digits: 0, referenceId: 'ref2', requestId: 'req-2' });
    const [tokenCall, first, second] = paypal.requests;
    expect(header(tokenCall!.init, 'authorization')).toBe(`Basic ${Buffer.from('shop-client-id:shop-client-secret-value').toString('base64')}`);
    expect(tokenCall!.init.body).toBe('grant_type=client_credentials');
    expect(header(first!.init, 'authorization')).toBe(`Bearer ${TOKEN.access_token}`);
    expect(header(first!.init, 'paypal-request-id')).toBe('req-1');
    expect(JSON.parse(String(first!.init.body))).toEqual({
      intent: 'CAPTURE',
      purchase_units: [{ reference_id: 'ref1', amount: { currency_code: 'USD', value: '10.00' } }],
    });
    expect(JSON.parse(String(second!.init.body)).purchase_units[0].amount).toEqual({ currency_code: 'JPY', value: '1500' });
    // One token for both calls: it is kept until shortly before PayPal says it expires.
    expect(paypal.requests.filter((request) => request.url.endsWith('/v1/oauth2/token'))).toHaveLength(1);
  });

  it('fetches a new token once the old one is about to expire', async () => {
    const paypal = fakePayPal({
      'POST /v1/oauth2/token': [
        { status: 200, body: { ...TOKEN, expires_in: 120 } },
        { status: 200, body: { ...TOKEN, access_token: 'second-token' } },
      ],
      'GET /v2/checkout/orders/5O190127TN364715T': [
        { status: 200, body: CREATED },
        { status: 200, body: CREATED },
      ],
    });
    await paypal.client.getOrder('5O190127TN364715T', 2);
    paypal.advance(61_000);
    await paypal.client.getOrder('5O190127TN364715T', 2);
    expect(header(paypal.requests.at(-1)!.init, 'authorization')).toBe('Bearer second-token');
  });

  it('reads a completed and a pending capture in minor units', async () => {
    const paypal = fakePayPal({
      'POST /v1/oauth2/token': [{ status: 200, body: TOKEN }],
      'POST /v2/checkout/orders/5O190127TN364715T/capture': [
        { status: 201, body: captured('COMPLETED') },
        { status: 201, body: captured('PENDING') },
      ],
    });
    expect(await paypal.client.captureOrder('5O190127TN364715T', 2, 'cap-1')).toEqual({
      captureId: '3C679366HH908993F',
      status: 'COMPLETED',
      amountMinor: 1000,
      currency: 'USD',
    });
    expect((await paypal.client.captureOrder('5O190127TN364715T', 2, 'cap-1')).status).toBe('PENDING');
    expect(header(paypal.requests.at(-1)!.init, 'paypal-request-id')).toBe('cap-1');
  });

  it('raises a declined funding source as INSTRUMENT_DECLINED, which the buyer may retry', async () => {
    const paypal = fakePayPal({
      'POST /v1/oauth2/token': [{ status: 200, body: TOKEN }],
      'POST /v2/checkout/orders/5O190127TN364715T/capture': [{ status: 422, body: DECLINED }],
    });
    const error = await paypal.client.captureOrder('5O190127TN364715T', 2, 'cap-1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PayPalError);
    expect(error).toMatchObject({ status: 422, errorName: 'UNPROCESSABLE_ENTITY', issue: 'INSTRUMENT_DECLINED', debugId: 'c9a75b43fc807' });
    expect(isInstrumentDeclined(error)).toBe(true);
  });

  it('refuses an answer of the wrong shape as unusable, never as a payment', async () => {
    const paypal = fakePayPal({
      'POST /v1/oauth2/token': [{ status: 200, body: TOKEN }],
      'POST /v2/checkout/orders/X1234567890/capture': [{ status: 201, body: { id: 'X1234567890', status: 'COMPLETED' } }],
    });
    await expect(paypal.client.captureOrder('X1234567890', 2, 'cap-1')).rejects.toBeInstanceOf(PayPalUnavailableError);
  });

  it('refunds a capture with a request id', async () => {
    const paypal = fakePayPal({
      'POST /v1/oauth2/token': [{ status: 200, body: TOKEN }],
      'POST /v2/payments/captures/3C679366HH908993F/refund': [{ status: 201, body: { id: '1JU08902781691411', status: 'COMPLETED' } }],
    });
    expect(await paypal.client.refundCapture('3C679366HH908993F', 'refund-1')).toEqual({ refundId: '1JU08902781691411', status: 'COMPLETED' });
    expect(header(paypal.requests.at(-1)!.init, 'paypal-request-id')).toBe('refund-1');
  });

  it('logs every call without the client secret, and with the ids folded out of the endpoint', async () => {
    const paypal = fakePayPal({
      'POST /v1/oauth2/token': [{ status: 200, body: TOKEN }],
      'GET /v2/checkout/orders/5O190127TN364715T': [{ status: 200, body: CREATED }],
    });
    await paypal.client.getOrder('5O190127TN364715T', 2);
    expect(paypal.calls.map((call) => call.endpoint)).toEqual(['paypal /v1/oauth2/token', 'paypal /v2/checkout/orders/{id}']);
    expect(JSON.stringify(paypal.calls)).not.toContain('shop-client-secret-value');
  });
});
