import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayPalError } from '@/lib/paypal/errors';
import { createPayPalClient, type PayPalClient } from '@/lib/paypal/orders-client';
import {
  applyControlRequest,
  parseControlRequest,
  SANDBOX_PAYPAL,
  SandboxControlError,
  startSandboxServer,
  type PayPalOutcome,
  type SandboxServer,
} from '@/lib/sandbox';

/*
 * The stand-in's REST half over real HTTP, driven by the shop's own Orders v2 client with the
 * stand-in's credentials; what the browser SDK sends (`PayPal-Client-Id`) with plain fetch.
 */

let server: SandboxServer;
let paypal: PayPalClient;
const standIn = () => `${server.url}/paypal`;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  paypal = createPayPalClient({ baseUrl: standIn(), ...SANDBOX_PAYPAL, timeoutMs: 5_000 });
});
afterAll(() => server.close());

type Sent = { method?: string; headers?: Record<string, string>; body?: string };

async function send(path: string, { method = 'GET', headers = {}, body }: Sent = {}) {
  const response = await fetch(`${standIn()}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

const asBrowser = (clientId: string = SANDBOX_PAYPAL.clientId) => ({ 'content-type': 'application/json', 'paypal-client-id': clientId });

/** What the approval window posts when the buyer chooses. */
async function approve(orderId: string, outcome: PayPalOutcome, clientId: string = SANDBOX_PAYPAL.clientId) {
  const answer = await send('/approve', { method: 'POST', headers: asBrowser(clientId), body: JSON.stringify({ orderId, outcome }) });
  expect(answer.status).toBe(200);
  return answer.json;
}

let requests = 0;
const requestId = (label: string) => `${label}-${(requests += 1)}`;

async function newOrder(value = '12.50', currency = 'USD') {
  const digits = currency === 'JPY' ? 0 : 2;
  const amountMinor = Math.round(Number(value) * 10 ** digits);
  const { orderId } = await paypal.createOrder({ amountMinor, currency, digits, referenceId: requestId('ref'), requestId: requestId('create') });
  return orderId;
}

const issueOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(PayPalError);
  return (error as PayPalError).issue;
};

const snapshot = () => server.sandbox.control.payPalSnapshot();

describe('the PayPal stand-in: token', () => {
  it('issues a Bearer token for the stand-in pair and client_credentials, in PayPal’s shape', async () => {
    const basic = Buffer.from(`${SANDBOX_PAYPAL.clientId}:${SANDBOX_PAYPAL.clientSecret}`).toString('base64');
    const answer = await send('/v1/oauth2/token', {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json!).sort()).toEqual(['access_token', 'app_id', 'expires_in', 'nonce', 'scope', 'token_type']);
    expect(answer.json).toMatchObject({ token_type: 'Bearer', expires_in: 32400, access_token: expect.stringMatching(/^A21AA/) });
  });

  it('refuses other credentials with 401 invalid_client, and the client with them gets nothing', async () => {
    const basic = Buffer.from(`${SANDBOX_PAYPAL.clientId}:not-the-secret`).toString('base64');
    const answer = await send('/v1/oauth2/token', { method: 'POST', headers: { authorization: `Basic ${basic}` }, body: 'grant_type=client_credentials' });
    expect(answer).toMatchObject({ status: 401, json: { error: 'invalid_client', error_description: 'Client Authentication failed' } });

    const wrong = createPayPalClient({ baseUrl: standIn(), clientId: SANDBOX_PAYPAL.clientId, clientSecret: 'nope', timeoutMs: 5_000 });
    const error = await wrong.createOrder({ amountMinor: 100, currency: 'USD', digits: 2, referenceId: 'r', requestId: 'x' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 401 });
  });

  it('answers 401 AUTHENTICATION_FAILURE without a caller, or with a token it never issued', async () => {
    const callers: Record<string, string>[] = [{ 'content-type': 'application/json' }, { authorization: 'Bearer A21AAnot-issued' }];
    for (const headers of callers) {
      const answer = await send('/v2/checkout/orders', { method: 'POST', headers, body: '{}' });
      expect(answer.status).toBe(401);
      expect(answer.json).toMatchObject({ name: 'AUTHENTICATION_FAILURE', message: expect.any(String), details: [expect.objectContaining({ issue: expect.any(String) })] });
    }
  });
});

describe('the PayPal stand-in: orders and captures', () => {
  it('creates, is approved and captures COMPLETED, in PayPal’s shapes and with PayPal-like ids', async () => {
    const orderId = await newOrder('12.50');
    expect(orderId).toMatch(/^[0-9A-Z]{17}$/);
    expect(await paypal.getOrder(orderId, 2)).toEqual({ orderId, status: 'CREATED', capture: null });
    await approve(orderId, 'approve');
    expect((await paypal.getOrder(orderId, 2)).status).toBe('APPROVED');

    const capture = await paypal.captureOrder(orderId, 2, requestId('capture'));
    expect(capture).toEqual({ captureId: expect.stringMatching(/^[0-9A-Z]{17}$/), status: 'COMPLETED', amountMinor: 1250, currency: 'USD' });
    expect(await paypal.getOrder(orderId, 2)).toEqual({ orderId, status: 'COMPLETED', capture });
    expect(await paypal.getCapture(capture.captureId, 2)).toEqual(capture);

    const order = await send(`/v2/checkout/orders/${orderId}`, { headers: asBrowser() });
    expect(order.json).toMatchObject({
      id: orderId,
      intent: 'CAPTURE',
      status: 'COMPLETED',
      payer: { payer_id: expect.stringMatching(/^[0-9A-Z]{13}$/) },
      purchase_units: [
        {
          amount: { currency_code: 'USD', value: '12.50' },
          payments: { captures: [{ id: capture.captureId, status: 'COMPLETED', final_capture: true, amount: { currency_code: 'USD', value: '12.50' } }] },
        },
      ],
    });
    expect((order.json!.links as { rel: string }[]).map((link) => link.rel)).toEqual(['self', 'approve', 'capture']);
  });

  it('refuses to capture an order the buyer has not approved, and a second capture', async () => {
    const orderId = await newOrder();
    expect(await issueOf(paypal.captureOrder(orderId, 2, requestId('capture')))).toBe('ORDER_NOT_APPROVED');
    await approve(orderId, 'approve');
    await paypal.captureOrder(orderId, 2, requestId('capture'));
    expect(await issueOf(paypal.captureOrder(orderId, 2, requestId('capture')))).toBe('ORDER_ALREADY_CAPTURED');
  });

  it('holds a pending capture until a control action settles it', async () => {
    const orderId = await newOrder();
    await approve(orderId, 'pending');
    const capture = await paypal.captureOrder(orderId, 2, requestId('capture'));
    expect(capture.status).toBe('PENDING');
    expect((await paypal.getOrder(orderId, 2)).status).toBe('COMPLETED');
    const wire = await send(`/v2/checkout/orders/${orderId}`, { headers: asBrowser() });
    expect(wire.json).toMatchObject({ purchase_units: [{ payments: { captures: [{ status: 'PENDING', status_details: { reason: 'PENDING_REVIEW' } }] } }] });
    // A held capture has nothing to give back yet.
    expect(await issueOf(paypal.refundCapture(capture.captureId, requestId('refund')))).toBe('PENDING_CAPTURE');

    const parsed = parseControlRequest({ action: 'settlePayPalCapture', captureId: capture.captureId, status: 'COMPLETED' });
    if (!parsed.ok) throw new Error(parsed.error);
    applyControlRequest(server.sandbox.control, parsed.request);
    expect((await paypal.getCapture(capture.captureId, 2)).status).toBe('COMPLETED');
    // Settled once: a second settlement is refused, as is an unknown capture.
    expect(() => server.sandbox.control.settlePayPalCapture(capture.captureId, 'DECLINED')).toThrow(SandboxControlError);
    expect(() => server.sandbox.control.settlePayPalCapture('NOSUCHCAPTURE0000', 'COMPLETED')).toThrow(/no PayPal capture/);
  });

  it('settles a pending capture as DECLINED for good', async () => {
    const orderId = await newOrder();
    await approve(orderId, 'pending');
    const capture = await paypal.captureOrder(orderId, 2, requestId('capture'));
    server.sandbox.control.settlePayPalCapture(capture.captureId, 'DECLINED');
    expect((await paypal.getCapture(capture.captureId, 2)).status).toBe('DECLINED');
    expect(await issueOf(paypal.refundCapture(capture.captureId, requestId('refund')))).toBe('TRANSACTION_REFUSED');
  });

  it('declines a funding source, sends the same order back to the buyer, and captures after a new approval', async () => {
    const orderId = await newOrder();
    await approve(orderId, 'decline');
    const declined = await paypal.captureOrder(orderId, 2, requestId('capture')).catch((caught: unknown) => caught);
    expect(declined).toMatchObject({ status: 422, errorName: 'UNPROCESSABLE_ENTITY', issue: 'INSTRUMENT_DECLINED' });
    expect(await paypal.getOrder(orderId, 2)).toMatchObject({ status: 'CREATED', capture: null });
    expect(await issueOf(paypal.captureOrder(orderId, 2, requestId('capture')))).toBe('ORDER_NOT_APPROVED');

    await approve(orderId, 'approve');
    expect(await paypal.captureOrder(orderId, 2, requestId('capture'))).toMatchObject({ status: 'COMPLETED' });
    expect(snapshot().orders.find((order) => order.id === orderId)).toMatchObject({ status: 'COMPLETED', declines: 1 });
  });

  it('refunds once: the same request id twice is one refund, a new one is CAPTURE_FULLY_REFUNDED', async () => {
    const orderId = await newOrder('7.00');
    await approve(orderId, 'approve');
    const { captureId } = await paypal.captureOrder(orderId, 2, requestId('capture'));
    const refundId = requestId('refund');
    const first = await paypal.refundCapture(captureId, refundId);
    expect(first).toEqual({ refundId: expect.stringMatching(/^[0-9A-Z]{17}$/), status: 'COMPLETED' });
    expect(await paypal.refundCapture(captureId, refundId)).toEqual(first);
    expect(await issueOf(paypal.refundCapture(captureId, requestId('refund')))).toBe('CAPTURE_FULLY_REFUNDED');
    expect((await paypal.getCapture(captureId, 2)).status).toBe('REFUNDED');
    expect(snapshot().refunds.filter((refund) => refund.captureId === captureId)).toEqual([
      expect.objectContaining({ id: first.refundId, amount: { currency_code: 'USD', value: '7.00' } }),
    ]);
  });

  it('gives the first answer again to a create or a capture sent again with the same request id', async () => {
    const create = { amountMinor: 500, currency: 'USD', digits: 2, referenceId: 'same-ref', requestId: requestId('create') };
    const ordersBefore = snapshot().orders.length;
    const first = await paypal.createOrder(create);
    expect(await paypal.createOrder(create)).toEqual(first);
    expect(snapshot().orders).toHaveLength(ordersBefore + 1);

    await approve(first.orderId, 'approve');
    const captureId = requestId('capture');
    const captures = await Promise.all([1, 2, 3].map(() => paypal.captureOrder(first.orderId, 2, captureId)));
    expect(new Set(captures.map((capture) => capture.captureId)).size).toBe(1);
    expect(snapshot().captures.filter((capture) => capture.orderId === first.orderId)).toHaveLength(1);
  });

  it('shows an order only to the merchant that created it', async () => {
    const orderId = await newOrder();
    for (const path of [`/v2/checkout/orders/${orderId}`, `/v2/checkout/orders/${orderId}/capture`]) {
      const answer = await send(path, { method: path.endsWith('capture') ? 'POST' : 'GET', headers: asBrowser('another-merchant') });
      expect(answer.status).toBe(404);
      expect(answer.json).toMatchObject({ name: 'RESOURCE_NOT_FOUND', details: [{ issue: 'INVALID_RESOURCE_ID' }], debug_id: expect.any(String) });
    }
    const approval = await send('/approve', { method: 'POST', headers: asBrowser('another-merchant'), body: JSON.stringify({ orderId, outcome: 'approve' }) });
    expect(approval.status).toBe(404);
    expect(await issueOf(paypal.getOrder('NOSUCHORDER000000', 2))).toBe('INVALID_RESOURCE_ID');
  });

  it('lets the browser SDK create, approve and capture with only a client id, but never read or refund a capture', async () => {
    const clientId = 'provider-client-id-from-the-pre-order';
    const created = await send('/v2/checkout/orders', {
      method: 'POST',
      headers: asBrowser(clientId),
      body: JSON.stringify({ intent: 'CAPTURE', purchase_units: [{ amount: { currency_code: 'JPY', value: '1500' } }] }),
    });
    expect(created).toMatchObject({ status: 201, json: { status: 'CREATED', purchase_units: [{ reference_id: 'default', amount: { currency_code: 'JPY', value: '1500' } }] } });
    const orderId = created.json!.id as string;
    await approve(orderId, 'approve', clientId);
    const captured = await send(`/v2/checkout/orders/${orderId}/capture`, { method: 'POST', headers: asBrowser(clientId) });
    expect(captured.status).toBe(201);
    const captureId = (captured.json as { purchase_units: { payments: { captures: { id: string }[] } }[] }).purchase_units[0]!.payments.captures[0]!.id;
    const read = await send(`/v2/payments/captures/${captureId}`, { headers: asBrowser(clientId) });
    const refund = await send(`/v2/payments/captures/${captureId}/refund`, { method: 'POST', headers: asBrowser(clientId), body: '{}' });
    expect([read.status, refund.status]).toEqual([401, 401]);
    // Another merchant's capture is unknown to the shop's token.
    expect(await issueOf(paypal.getCapture(captureId, 0))).toBe('INVALID_RESOURCE_ID');
  });
});

describe('the PayPal stand-in: request bodies', () => {
  const create = (purchaseUnits: unknown, intent = 'CAPTURE') =>
    send('/v2/checkout/orders', { method: 'POST', headers: asBrowser(), body: JSON.stringify({ intent, purchase_units: purchaseUnits }) });
  const firstDetail = (json: Record<string, unknown> | null) => (json?.details as { issue: string; field?: string }[])[0];

  it.each([
    ['an unsupported currency', [{ amount: { currency_code: 'ZZZ', value: '1.00' } }], 422, 'CURRENCY_NOT_SUPPORTED'],
    ['decimals in JPY', [{ amount: { currency_code: 'JPY', value: '1.5' } }], 422, 'DECIMAL_PRECISION'],
    ['three decimals in USD', [{ amount: { currency_code: 'USD', value: '1.005' } }], 422, 'DECIMAL_PRECISION'],
    ['a zero amount', [{ amount: { currency_code: 'USD', value: '0.00' } }], 422, 'CANNOT_BE_ZERO_OR_NEGATIVE'],
    ['a value that is no number', [{ amount: { currency_code: 'USD', value: 'ten' } }], 400, 'INVALID_PARAMETER_SYNTAX'],
    ['no amount', [{ reference_id: 'a' }], 400, 'MISSING_REQUIRED_PARAMETER'],
    ['no purchase unit', [], 400, 'MISSING_REQUIRED_PARAMETER'],
  ])('refuses %s as PayPal does', async (_label, units, status, issue) => {
    const answer = await create(units);
    expect(answer.status).toBe(status);
    expect(answer.json).toMatchObject({ name: status === 400 ? 'INVALID_REQUEST' : 'UNPROCESSABLE_ENTITY' });
    expect(firstDetail(answer.json)?.issue).toBe(issue);
  });

  it('names the field of a refusal as a JSON pointer, and refuses JSON that is not', async () => {
    expect(firstDetail((await create([{ reference_id: 'a' }])).json)?.field).toBe('/purchase_units/0/amount');
    const broken = await send('/v2/checkout/orders', { method: 'POST', headers: asBrowser(), body: '{"intent":' });
    expect(broken.status).toBe(400);
    expect(firstDetail(broken.json)?.issue).toBe('MALFORMED_REQUEST_JSON');
    expect(firstDetail((await create([{ amount: { currency_code: 'USD', value: '1' } }], 'AUTHORIZE')).json)?.issue).toBe('INVALID_PARAMETER_VALUE');
  });

  it('writes a value in its currency’s digits', async () => {
    const answer = await create([{ amount: { currency_code: 'USD', value: '5' } }]);
    expect(answer.json).toMatchObject({ purchase_units: [{ amount: { currency_code: 'USD', value: '5.00' } }] });
  });
});

describe('the PayPal stand-in over HTTP', () => {
  it('answers a CORS preflight with 204 and the headers PayPal’s clients send', async () => {
    const response = await fetch(`${standIn()}/v2/checkout/orders`, {
      method: 'OPTIONS',
      headers: { origin: 'http://shop.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'paypal-client-id, content-type' },
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'paypal-request-id', 'paypal-client-id', 'prefer']));
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('allows any origin on answers too, errors included', async () => {
    const answer = await send('/v2/checkout/orders/NOSUCHORDER000000', { headers: asBrowser() });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers an unknown path or method in PayPal’s way', async () => {
    expect((await send('/v2/nowhere')).status).toBe(404);
    const wrongMethod = await send('/v2/checkout/orders', { method: 'PUT', headers: asBrowser(), body: '{}' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toContain('POST');
  });
});

describe('the PayPal stand-in’s state', () => {
  it('mints the same ids from the same seed, clock and calls', async () => {
    const at = () => new Date('2026-12-05T03:14:50.000Z');
    const ids = async () => {
      const own = await startSandboxServer({ port: 0, seed: 'paypal-ids', now: at });
      try {
        const answer = await fetch(`${own.url}/paypal/v2/checkout/orders`, {
          method: 'POST',
          headers: asBrowser(),
          body: JSON.stringify({ intent: 'CAPTURE', purchase_units: [{ reference_id: 'r1', amount: { currency_code: 'USD', value: '1.00' } }] }),
        });
        return ((await answer.json()) as { id: string }).id;
      } finally {
        await own.close();
      }
    };
    expect(await ids()).toBe(await ids());
  });

  it('shows its orders, captures and refunds in the snapshot, and forgets them at a reset', async () => {
    const own = await startSandboxServer({ port: 0 });
    try {
      const client = createPayPalClient({ baseUrl: `${own.url}/paypal`, ...SANDBOX_PAYPAL, timeoutMs: 5_000 });
      const { orderId } = await client.createOrder({ amountMinor: 100, currency: 'USD', digits: 2, referenceId: 'r', requestId: 'c1' });
      expect(own.sandbox.control.snapshot().paypal).toMatchObject({ orders: [{ id: orderId, status: 'CREATED', referenceId: 'r' }], captures: [], refunds: [] });
      own.sandbox.control.reset();
      expect(own.sandbox.control.snapshot().paypal).toEqual({ orders: [], captures: [], refunds: [] });
      // The token went with the reset: the client fetches a new one and carries on.
      await expect(client.getOrder(orderId, 2)).rejects.toMatchObject({ issue: 'INVALID_RESOURCE_ID' });
    } finally {
      await own.close();
    }
  });

  it('refuses a settlement request that names no capture or another status', () => {
    expect(parseControlRequest({ action: 'settlePayPalCapture', captureId: '', status: 'COMPLETED' })).toMatchObject({ ok: false, fields: ['captureId'] });
    expect(parseControlRequest({ action: 'settlePayPalCapture', captureId: 'ABC', status: 'REFUNDED' })).toMatchObject({ ok: false, fields: ['status'] });
  });
});
