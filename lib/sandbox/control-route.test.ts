import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Sandbox } from '@/lib/sandbox/sandbox';
import type { SandboxSnapshot } from '@/lib/sandbox/snapshot';
import { DOC_PRE_ORDER, LOGIN_BODY, webhookBody } from '@/lib/test-support/sandbox-calls';

type ControlRoute = typeof import('@/app/api/sandbox-control/route');
type SandboxRoute = typeof import('@/app/api/sandbox/[...path]/route');

const GLOBAL_KEY = Symbol.for('esim-qr-mall.sandbox');

// The route checks the staff session (a cookie in a request scope); here staff is signed in unless a test says not.
const staff = vi.hoisted(() => ({ signedIn: true }));
vi.mock('@/lib/staff/staff-session', () => ({ isStaff: async () => staff.signedIn }));

// Outside Next there is no cache to revalidate: the route's request for it is recorded.
const nextCache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => nextCache);

/** The in-app sandbox the routes share (the same one whichever module copy loaded it). */
function inAppSandbox(): Sandbox {
  const sandbox = (globalThis as Record<symbol, Sandbox | undefined>)[GLOBAL_KEY];
  if (!sandbox) throw new Error('no in-app sandbox yet');
  return sandbox;
}

function clearSingleton() {
  delete (globalThis as Record<symbol, unknown>)[GLOBAL_KEY];
}

async function loadRoutes(): Promise<{ control: ControlRoute; sandbox: SandboxRoute }> {
  vi.resetModules();
  return { control: await import('@/app/api/sandbox-control/route'), sandbox: await import('@/app/api/sandbox/[...path]/route') };
}

/** As the staff console's own page sends it: JSON, from the shop's origin. */
const SAME_ORIGIN = { host: 'localhost:3000', origin: 'http://localhost:3000', 'content-type': 'application/json' };
const post = (body: string, headers: Record<string, string> = SAME_ORIGIN) =>
  new Request('http://localhost:3000/api/sandbox-control', { method: 'POST', body, headers });
const postJson = (body: unknown) => post(JSON.stringify(body));

describe('/api/sandbox-control', () => {
  let routes: { control: ControlRoute; sandbox: SandboxRoute };

  it('refuses anyone without a staff session, and changes nothing', async () => {
    routes = await loadRoutes();
    staff.signedIn = false;
    try {
      expect((await routes.control.GET()).status).toBe(401);
      const refused = await routes.control.POST(postJson({ action: 'setProfilePool', size: 0 }));
      expect(refused.status).toBe(401);
    } finally {
      staff.signedIn = true;
    }
    const snapshot = (await (await routes.control.GET()).json()) as SandboxSnapshot;
    expect(snapshot.profilePool.free).toBeGreaterThan(0);
  });

  /** One provider call through the in-app sandbox route, as the shop makes it; the answer unread. */
  function providerResponse(path: string, body: unknown, options: { token?: string; signal?: AbortSignal } = {}): Promise<Response> {
    const request = new Request(`http://localhost/api/sandbox${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: options.token ? { 'x-access-token': options.token, 'accept-language': 'en-US' } : { 'accept-language': 'en-US' },
      signal: options.signal,
    });
    return routes.sandbox.POST(request, { params: Promise.resolve({ path: path.split('/').filter(Boolean) }) });
  }

  async function provider(path: string, body: unknown, token?: string): Promise<{ code: number; data: unknown }> {
    return (await (await providerResponse(path, body, { token })).json()) as { code: number; data: unknown };
  }

  async function preOrder(): Promise<{ token: string; id: number }> {
    const token = ((await provider('/user/login', LOGIN_BODY)).data as { token: string }).token;
    const id = ((await provider('/v1.1/package/preOrderPackage', DOC_PRE_ORDER, token)).data as { id: number }).id;
    return { token, id };
  }

  async function act(body: unknown): Promise<{ status: number; json: { ok: boolean; error?: string; snapshot?: SandboxSnapshot } }> {
    const response = await routes.control.POST(postJson(body));
    return { status: response.status, json: (await response.json()) as { ok: boolean; error?: string; snapshot?: SandboxSnapshot } };
  }

  describe('in sandbox mode', () => {
    beforeEach(async () => {
      vi.stubEnv('LINKSFIELD_BASE_URL', '');
      vi.stubEnv('SANDBOX_PROFILE_POOL', '');
      vi.stubEnv('SANDBOX_PREORDER_TIMEOUT_MINUTES', '');
      routes = await loadRoutes();
    });
    afterEach(() => {
      vi.unstubAllEnvs();
      clearSingleton();
    });

    it('is dynamic and answers the snapshot to GET', async () => {
      expect(routes.control.dynamic).toBe('force-dynamic');
      const { id } = await preOrder();
      const response = await routes.control.GET();
      expect(response.status).toBe(200);
      const snapshot = (await response.json()) as SandboxSnapshot;
      expect(snapshot.orders.map((order) => [order.id, order.status])).toEqual([[id, 'reserved']]);
      expect(snapshot.profilePool).toEqual({ free: 9_999, reserved: 1, issued: 0 });
    });

    it('forces a code on the in-app sandbox and answers the snapshot after it', async () => {
      const { token, id } = await preOrder();
      nextCache.revalidatePath.mockClear();
      const { status, json } = await act({ action: 'forceCode', path: '/v1.1/payment/webhook', code: 3004, count: 1 });
      expect(status).toBe(200);
      expect(json.ok).toBe(true);
      // The cached catalog pages show a steered catalog at their next view.
      expect(nextCache.revalidatePath).toHaveBeenCalledWith('/', 'layout');
      expect(json.snapshot?.forcedCodes).toEqual([{ path: '/v1.1/payment/webhook', code: 3004, remaining: 1 }]);
      expect((await provider('/v1.1/payment/webhook', webhookBody(id), token)).code).toBe(3004);
      expect((await provider('/v1.1/payment/webhook', webhookBody(id), token)).code).toBe(0);
    });

    it('adds latency, malformed answers and timeouts to the in-app sandbox, and clears them', async () => {
      const added = await act({ action: 'addLatency', path: '*', ms: 150, count: 1 });
      expect(added.status).toBe(200);
      expect(added.json.snapshot?.scenarios).toEqual([{ kind: 'latency', path: '*', ms: 150, remaining: 1 }]);
      const started = performance.now();
      expect((await provider('/v1.1/package/detail', { id: 1000000 })).code).toBe(0);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);

      await act({ action: 'forceMalformed', path: '/v1.1/package/detail', count: 1, kind: 'not-json' });
      await act({ action: 'forceMalformed', path: '/v1.1/package/detail', count: 1, kind: 'http-500' });
      const notJson = await providerResponse('/v1.1/package/detail', { id: 1000000 });
      expect([notJson.status, notJson.headers.get('content-type'), await notJson.text()]).toEqual([
        200,
        'application/json;charset=UTF-8',
        '{"code":0,"data":',
      ]);
      const error500 = await providerResponse('/v1.1/package/detail', { id: 1000000 });
      expect(error500.status).toBe(500);
      expect(error500.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await error500.text()).toContain('500 Internal Server Error');

      await act({ action: 'forceTimeout', path: '/v1.1/package/detail', count: 3 });
      const forever = await act({ action: 'addLatency', path: '/user/login', ms: 60_000, count: null });
      expect(forever.json.snapshot?.scenarios).toEqual([
        { kind: 'timeout', path: '/v1.1/package/detail', remaining: 3 },
        { kind: 'latency', path: '/user/login', ms: 60_000, remaining: null },
      ]);
      const cleared = await act({ action: 'clearScenarios' });
      expect(cleared.status).toBe(200);
      expect(cleared.json.snapshot).toMatchObject({ scenarios: [], forcedCodes: [] });
      expect((await provider('/v1.1/package/detail', { id: 1000000 })).code).toBe(0);
    });

    it('ends a held call as soon as the request is aborted', async () => {
      const { json } = await act({ action: 'forceTimeout', path: '/v1.1/package/detail', count: 1 });
      expect(json.snapshot?.scenarios).toEqual([{ kind: 'timeout', path: '/v1.1/package/detail', remaining: 1 }]);
      const client = new AbortController();
      const started = performance.now();
      const held = providerResponse('/v1.1/package/detail', { id: 1000000 }, { signal: client.signal });
      setTimeout(() => client.abort(), 100);
      await held;
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(90);
      expect(elapsed).toBeLessThan(2000);
      expect(inAppSandbox().waiting).toBe(0);
      expect((await provider('/v1.1/package/detail', { id: 1000000 })).code).toBe(0);
    });

    it('sets the timeout and the pool, expires an order and resets', async () => {
      const { token, id } = await preOrder();
      expect((await act({ action: 'setPreOrderTimeoutMinutes', minutes: 5 })).json.snapshot?.preOrderTimeoutMinutes).toBe(5);
      expect((await act({ action: 'setProfilePool', size: 0 })).json.snapshot?.profilePool.free).toBe(0);
      const expired = await act({ action: 'expireOrder', orderId: id });
      expect(expired.json.snapshot?.orders[0]).toMatchObject({ id, status: 'timed_out', profile: 'released' });
      expect(expired.json.snapshot?.profilePool.free).toBe(1);
      expect((await provider('/v1.1/payment/webhook', webhookBody(id), token)).code).toBe(6006);

      const reset = await act({ action: 'reset' });
      expect(reset.json.snapshot).toMatchObject({ orders: [], preOrderTimeoutMinutes: 60, profilePool: { free: 10_000 } });
      expect((await provider('/package/queryOrdStatusAndEmail', { orderId: id }, token)).code).toBe(7);
    });

    it('answers 404 for an unknown order and 409 for one no longer reserved', async () => {
      const missing = await act({ action: 'expireOrder', orderId: 42 });
      expect(missing.status).toBe(404);
      expect(missing.json).toEqual({ ok: false, error: expect.stringContaining('orderId') });
      const { token, id } = await preOrder();
      await provider('/v1.1/payment/webhook', webhookBody(id), token);
      expect((await act({ action: 'expireOrder', orderId: id })).status).toBe(409);
    });

    it.each([
      ['action', { action: 'explode' }],
      ['action', { path: '/v1.1/payment/webhook', code: 3004, count: 1 }],
      ['path', { action: 'forceCode', path: '/v1.1/nothing', code: 3004, count: 1 }],
      ['path', { action: 'forceCode', code: 3004, count: 1 }],
      ['code', { action: 'forceCode', path: '/v1.1/payment/webhook', code: 1234, count: 1 }],
      ['code', { action: 'forceCode', path: '/v1.1/payment/webhook', code: '3004', count: 1 }],
      ['count', { action: 'forceCode', path: '/v1.1/payment/webhook', code: 3004, count: -1 }],
      ['count', { action: 'forceCode', path: '/v1.1/payment/webhook', code: 3004, count: 0 }],
      ['count', { action: 'forceCode', path: '/v1.1/payment/webhook', code: 3004 }],
      ['minutes', { action: 'setPreOrderTimeoutMinutes', minutes: 2.5 }],
      ['minutes', { action: 'setPreOrderTimeoutMinutes', minutes: '60' }],
      ['orderId', { action: 'expireOrder', orderId: '1055200093' }],
      ['size', { action: 'setProfilePool', size: -1 }],
      ['path', { action: 'addLatency', path: '/v1.1/nothing', ms: 100 }],
      ['path', { action: 'addLatency', path: 7, ms: 100 }],
      ['ms', { action: 'addLatency', path: '*', ms: -1 }],
      ['ms', { action: 'addLatency', path: '*', ms: 60_001 }],
      ['ms', { action: 'addLatency', path: '*', ms: 1.5 }],
      ['ms', { action: 'addLatency', path: '*', ms: '150' }],
      ['ms', { action: 'addLatency', path: '*' }],
      ['count', { action: 'addLatency', path: '*', ms: 100, count: 0 }],
      ['count', { action: 'addLatency', path: '*', ms: 100, count: 1e9 }],
      ['path', { action: 'forceTimeout', path: '*', count: 1 }],
      ['path', { action: 'forceTimeout', path: '/v1.1/nothing', count: 1 }],
      ['count', { action: 'forceTimeout', path: '/v1.1/package/detail' }],
      ['count', { action: 'forceTimeout', path: '/v1.1/package/detail', count: -3 }],
      ['count', { action: 'forceTimeout', path: '/v1.1/package/detail', count: 10_001 }],
      ['path', { action: 'forceMalformed', path: '*', count: 1, kind: 'not-json' }],
      ['kind', { action: 'forceMalformed', path: '/v1.1/package/detail', count: 1, kind: 'garbage' }],
      ['kind', { action: 'forceMalformed', path: '/v1.1/package/detail', count: 1 }],
      ['count', { action: 'forceMalformed', path: '/v1.1/package/detail', count: 0, kind: 'http-500' }],
      ['body', [{ action: 'reset' }]],
      ['body', null],
    ])('answers 400 naming %s for %j and changes nothing', async (field, body) => {
      const { status, json } = await act(body);
      expect(status).toBe(400);
      expect(json.ok).toBe(false);
      expect(json.error).toContain(field);
      const snapshot = (await (await routes.control.GET()).json()) as SandboxSnapshot;
      expect(snapshot).toMatchObject({ forcedCodes: [], scenarios: [], preOrderTimeoutMinutes: 60, profilePool: { free: 10_000 } });
    });

    it.each([
      ['a text/plain form from another port of the same site', 403, { ...SAME_ORIGIN, origin: 'http://localhost:3001', 'content-type': 'text/plain' }],
      ['JSON from another site', 403, { ...SAME_ORIGIN, origin: 'https://evil.example' }],
      ['JSON with no Origin', 403, { host: SAME_ORIGIN.host, 'content-type': 'application/json' }],
      ['JSON from an opaque origin', 403, { ...SAME_ORIGIN, origin: 'null' }],
      ['a text/plain body from the shop itself', 415, { ...SAME_ORIGIN, 'content-type': 'text/plain;charset=UTF-8' }],
      ['a form from the shop itself', 415, { ...SAME_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }],
    ])('refuses %s with %i and changes nothing', async (_, status, headers) => {
      const response = await routes.control.POST(post(JSON.stringify({ action: 'setProfilePool', size: 7 }), headers));
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ ok: false, error: expect.any(String) });
      const snapshot = (await (await routes.control.GET()).json()) as SandboxSnapshot;
      expect(snapshot.profilePool.free).toBe(10_000);
    });

    it('answers 400 to a body that is not JSON and 413 to one over 16 kB', async () => {
      const broken = await routes.control.POST(post('{"action":'));
      expect(broken.status).toBe(400);
      expect(await broken.json()).toEqual({ ok: false, error: 'body: not valid JSON' });
      const big = await routes.control.POST(postJson({ action: 'reset', pad: 'x'.repeat(16 * 1024) }));
      expect(big.status).toBe(413);
      expect(((await big.json()) as { ok: boolean }).ok).toBe(false);
      const fits = await routes.control.POST(postJson({ action: 'reset', pad: 'x'.repeat(15 * 1024) }));
      expect(fits.status).toBe(200);
    });
  });

  describe('configuration', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      clearSingleton();
    });

    it('reads SANDBOX_PROFILE_POOL and SANDBOX_PREORDER_TIMEOUT_MINUTES for the in-app sandbox', async () => {
      vi.stubEnv('LINKSFIELD_BASE_URL', '');
      vi.stubEnv('SANDBOX_PROFILE_POOL', '0');
      vi.stubEnv('SANDBOX_PREORDER_TIMEOUT_MINUTES', ' 15 ');
      routes = await loadRoutes();
      const snapshot = (await (await routes.control.GET()).json()) as SandboxSnapshot;
      expect(snapshot.profilePool.free).toBe(0);
      expect(snapshot.preOrderTimeoutMinutes).toBe(15);
      const reset = await act({ action: 'reset' });
      expect(reset.json.snapshot).toMatchObject({ preOrderTimeoutMinutes: 15, profilePool: { free: 0 } });
    });

    it('refuses to start the in-app sandbox with a bad value, naming the variable', async () => {
      vi.stubEnv('LINKSFIELD_BASE_URL', '');
      vi.stubEnv('SANDBOX_PROFILE_POOL', '10k');
      routes = await loadRoutes();
      await expect(routes.control.GET()).rejects.toThrow(/SANDBOX_PROFILE_POOL must be a whole number/);
      vi.stubEnv('SANDBOX_PROFILE_POOL', '');
      vi.stubEnv('SANDBOX_PREORDER_TIMEOUT_MINUTES', '-5');
      await expect(routes.control.GET()).rejects.toThrow(/SANDBOX_PREORDER_TIMEOUT_MINUTES/);
    });

    it('answers 404 to GET and POST when the sandbox is off', async () => {
      vi.stubEnv('LINKSFIELD_BASE_URL', 'https://api-uat.io.linksfield.net/cube/v4');
      vi.stubEnv('LINKSFIELD_PARTNER_CODE', '1000000005');
      vi.stubEnv('LINKSFIELD_ACCESS_TOKEN', 'real-token-123456');
      // A real upstream needs a session secret (lib/env.ts); any 32 characters do here.
      vi.stubEnv('SESSION_SECRET', 'test-session-secret-0123456789abcdef');
      vi.stubEnv('SANDBOX_ENABLED', '');
      routes = await loadRoutes();
      expect((await routes.control.GET()).status).toBe(404);
      const post404 = await routes.control.POST(postJson({ action: 'reset' }));
      expect(post404.status).toBe(404);
      expect((globalThis as Record<symbol, unknown>)[GLOBAL_KEY]).toBeUndefined();

      vi.stubEnv('SANDBOX_ENABLED', 'true');
      routes = await loadRoutes();
      expect((await routes.control.GET()).status).toBe(200);
    });
  });
});
