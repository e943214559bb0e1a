import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SANDBOX_DEFAULTS } from '@/lib/env';
import { createLinksfieldClient, md5Hex, parseProviderTime } from '@/lib/linksfield/client';
import { LinksfieldError, ProviderUnavailableError, UnexpectedAnswerError } from '@/lib/linksfield/errors';
import type { CallRecord } from '@/lib/linksfield/transport';
import { startSandboxServer, type SandboxServer } from '@/lib/sandbox';

const ACCEPTED_TOKEN = 'unit-test-token-0123456789';
let sandbox: SandboxServer;

beforeAll(async () => {
  sandbox = await startSandboxServer({ port: 0, acceptedTokens: [ACCEPTED_TOKEN] });
});
afterAll(async () => {
  await sandbox.close();
});

function client(overrides: Partial<Parameters<typeof createLinksfieldClient>[0]> = {}) {
  return createLinksfieldClient({
    baseUrl: sandbox.url,
    timeoutMs: 5000,
    partnerCode: SANDBOX_DEFAULTS.partnerCode,
    ...overrides,
  });
}

describe('catalog over HTTP against the sandbox', () => {
  it('lists countries with MCCs, in the language asked for', async () => {
    const english = await client().listCountries('en');
    const chinese = await client().listCountries('zh-CN');
    const japan = english.find((country) => country.mcc === 440);
    expect(japan).toMatchObject({ iso2: 'JP', name: 'Japan' });
    expect(chinese.find((country) => country.mcc === 440)?.name).toBe('日本');
    expect(english.length).toBeGreaterThanOrEqual(25);
  });

  it('reshapes packages into domain types with prices in minor units', async () => {
    const packages = await client().listPackages(440, 'en');
    expect(packages.length).toBeGreaterThan(0);
    for (const pkg of packages) {
      expect(pkg.coverage).toContain(440);
      for (const price of pkg.prices) expect(Number.isInteger(price.amountMinor)).toBe(true);
    }
    const yen = packages.flatMap((pkg) => pkg.prices).find((price) => price.currency === 'JPY');
    expect(yen?.digits).toBe(0);
  });

  it('reads the documentation example package', async () => {
    const pkg = await client().getPackage(1000000, 'en');
    expect(pkg.code).toBe('LP20220325000000');
    expect(pkg.prices.find((price) => price.currencyId === 2)).toMatchObject({ currency: 'USD', amountMinor: 500 });
  });

  it('raises the provider code for an unknown package', async () => {
    const error = await client()
      .getPackage(999999999, 'en')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinksfieldError);
    expect((error as LinksfieldError).code).toBe(2);
  });
});

describe('pre-order', () => {
  it('pre-orders with the configured token and computes money on the server', async () => {
    const calls: CallRecord[] = [];
    const c = client({ accessToken: ACCEPTED_TOKEN, onCall: (record) => calls.push(record) });
    const pkg = await c.getPackage(1000000, 'en');
    const price = pkg.prices.find((p) => p.currency === 'USD')!;
    const { order, moneyMinor, exchange } = await c.preOrder({ pkg, price, quantity: 3, periods: 1 }, 'en');
    expect(moneyMinor).toBe(1500);
    expect(order.amountMinor).toBe(1500);
    expect(order.orderNo).toMatch(/^ESIM_L\d{15}$/);
    expect(order.clientId.length).toBeGreaterThan(10);
    expect(JSON.parse(exchange.request)).toMatchObject({ money: 15, packageNum: 3, periodNum: 1, currencyId: 2 });
    expect(calls.map((call) => call.endpoint)).toEqual(['/v1.1/package/detail', '/v1.1/package/preOrderPackage']);
  });

  it('logs in with credentials when no token is configured', async () => {
    const calls: CallRecord[] = [];
    const c = client({
      credentials: { email: SANDBOX_DEFAULTS.email, password: SANDBOX_DEFAULTS.password },
      onCall: (record) => calls.push(record),
    });
    const pkg = await c.getPackage(1000000, 'zh-CN');
    const { order } = await c.preOrder({ pkg, price: pkg.prices[0]!, quantity: 1, periods: 1 }, 'zh-CN');
    expect(order.orderId).toBeGreaterThan(0);
    expect(calls.map((call) => call.endpoint)).toContain('/user/login');
  });

  it('logs in again once on code 7 and repeats the call once', async () => {
    const calls: CallRecord[] = [];
    const c = client({
      accessToken: 'expired-or-unknown-token',
      credentials: { email: SANDBOX_DEFAULTS.email, password: SANDBOX_DEFAULTS.password },
      onCall: (record) => calls.push(record),
    });
    const pkg = await c.getPackage(1000000, 'en');
    await c.preOrder({ pkg, price: pkg.prices[0]!, quantity: 1, periods: 1 }, 'en');
    expect(calls.map((call) => `${call.endpoint}:${call.code}`)).toEqual([
      '/v1.1/package/detail:0',
      '/v1.1/package/preOrderPackage:7',
      '/user/login:0',
      '/v1.1/package/preOrderPackage:0',
    ]);
  });

  it('shows code 7 when there is no way to log in', async () => {
    const c = client({ accessToken: 'expired-or-unknown-token' });
    const pkg = await c.getPackage(1000000, 'en');
    const error = await c.preOrder({ pkg, price: pkg.prices[0]!, quantity: 1, periods: 1 }, 'en').catch((e: unknown) => e);
    expect((error as LinksfieldError).code).toBe(7);
  });

  it('refuses a wrong password with the provider code', async () => {
    const error = await client()
      .login(SANDBOX_DEFAULTS.email, 'wrong-password', 'en')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinksfieldError);
    expect((error as LinksfieldError).code).not.toBe(0);
  });
});

describe('payment report', () => {
  const report = { orderId: 1, amountMinor: 500, digits: 2, currency: 'USD', paymentId: 'pay_1', succeeded: true, at: new Date() };

  it('takes an answer with data null as accepted, and one without data as broken', async () => {
    const c = client({ accessToken: ACCEPTED_TOKEN });
    sandbox.sandbox.control.forceCode('/v1.1/payment/webhook', 9999, 1);
    await expect(c.reportPayment(report, 'en')).rejects.toMatchObject({ code: 9999 });
    sandbox.sandbox.control.forceMalformed('/v1.1/payment/webhook', 1, 'no-data');
    await expect(c.reportPayment(report, 'en')).rejects.toThrow(/data: missing/);
    // The sandbox's own success: data null.
    const pkg = await c.getPackage(1000000, 'en');
    const price = pkg.prices.find((p) => p.currency === 'USD')!;
    const { order } = await c.preOrder({ pkg, price, quantity: 1, periods: 1 }, 'en');
    const exchange = await c.reportPayment({ ...report, orderId: order.orderId }, 'en');
    expect(JSON.parse(exchange.response)).toMatchObject({ code: 0, data: null });
  });
});

describe('probeToken', () => {
  it('tells a working token from a refused one without side effects', async () => {
    expect(await client({ accessToken: ACCEPTED_TOKEN }).probeToken('en')).toBe('valid');
    expect(await client({ accessToken: 'refused-token-123' }).probeToken('en')).toBe('invalid');
    expect(await client({ baseUrl: 'http://127.0.0.1:9', accessToken: ACCEPTED_TOKEN }).probeToken('en')).toBe('unknown');
  });
});

describe('faults', () => {
  let server: Server;
  let url = '';
  const answers: Record<string, (res: import('node:http').ServerResponse) => void> = {
    '/slow': () => undefined, // never answers
    '/half-body': (res) => res.writeHead(200, { 'content-type': 'application/json' }).write('{"code":0,'), // never ends
    '/html': (res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'),
    '/garbage': (res) => res.writeHead(200).end('{not json'),
    '/no-data': (res) => res.writeHead(200).end(JSON.stringify({ code: 0, message: 'SUCCESS' })),
    '/string-code': (res) =>
      res.writeHead(200).end(JSON.stringify({ code: '0000', message: 'SUCCESS', data: { token: 'abc', extra: 1 } })),
  };

  beforeAll(async () => {
    server = createServer((req, res) => answers[req.url?.replace(/\/user\/login$/, '') ?? '']?.(res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  const at = (path: string, timeoutMs = 2000) =>
    createLinksfieldClient({ baseUrl: `${url}${path}`, timeoutMs, partnerCode: 'p' });

  it('times out with a clear error', async () => {
    await expect(at('/slow', 200).login('a@b.c', 'x')).rejects.toBeInstanceOf(ProviderUnavailableError);
  });
  it('names an HTTP error, bad JSON and a missing field as unexpected answers', async () => {
    await expect(at('/html').login('a@b.c', 'x')).rejects.toThrow(UnexpectedAnswerError);
    await expect(at('/garbage').login('a@b.c', 'x')).rejects.toThrow(/not JSON/);
    await expect(at('/no-data').login('a@b.c', 'x')).rejects.toThrow(UnexpectedAnswerError);
  });
  it('accepts the older "0000" success code and ignores unknown fields', async () => {
    await expect(at('/string-code').login('a@b.c', 'x')).resolves.toEqual({ token: 'abc', expiresAt: null });
  });
  it('times out when the answer starts and its body never ends', async () => {
    const started = Date.now();
    await expect(at('/half-body', 300).login('a@b.c', 'x')).rejects.toMatchObject({ reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('keeps its deadline even when a fetch ignores the abort signal', async () => {
    // A body that never ends and a fetch that never looks at the signal: only the client's own deadline ends the call.
    const stuck = vi.fn<typeof fetch>(() => Promise.resolve(new Response(new ReadableStream({ pull: () => new Promise(() => undefined) }))));
    const c = createLinksfieldClient({ baseUrl: url, timeoutMs: 200, partnerCode: 'p', readRetries: 0, fetch: stuck });
    await expect(c.listCountries('en')).rejects.toMatchObject({ name: 'ProviderUnavailableError', reason: 'timeout' });
    const headersNever = vi.fn<typeof fetch>(() => new Promise(() => undefined));
    const d = createLinksfieldClient({ baseUrl: url, timeoutMs: 200, partnerCode: 'p', readRetries: 0, fetch: headersNever });
    await expect(d.listCountries('en')).rejects.toMatchObject({ reason: 'timeout' });
  });
  it('reports an unreachable host as unavailable', async () => {
    const spy = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('fetch failed')));
    const c = createLinksfieldClient({ baseUrl: url, timeoutMs: 100, partnerCode: 'p', fetch: spy });
    await expect(c.listCountries('en')).rejects.toMatchObject({ reason: 'network' });
  });
});

describe('helpers', () => {
  it('hashes passwords as lower-case MD5 hex', () => {
    expect(md5Hex('password')).toBe('5f4dcc3b5aa765d61d8327deb882cf99');
  });
  it('reads the provider time format', () => {
    expect(parseProviderTime('2022-12-05T03:14:50.958+0000')).toBe('2022-12-05T03:14:50.958Z');
    expect(parseProviderTime('yesterday')).toBeNull();
  });
});
