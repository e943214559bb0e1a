import { afterEach, describe, expect, it, vi } from 'vitest';

import { createHash } from 'node:crypto';
import { SANDBOX_ACCOUNT } from '@/lib/sandbox';

/** The seeded account's login, as the shop sends it (the password's MD5 digest). */
const LOGIN_BODY = {
  email: SANDBOX_ACCOUNT.email,
  passwd: createHash('md5').update(SANDBOX_ACCOUNT.password).digest('hex'),
  partnerCode: SANDBOX_ACCOUNT.partnerCode,
};

type RouteModule = typeof import('@/app/api/sandbox/[...path]/route');

const GLOBAL_KEY = Symbol.for('esim-qr-mall.sandbox');

function clearSingleton() {
  delete (globalThis as Record<symbol, unknown>)[GLOBAL_KEY];
}

async function loadRoute(): Promise<RouteModule> {
  vi.resetModules();
  return import('@/app/api/sandbox/[...path]/route');
}

function request(path: string[], body: string, init: RequestInit = {}) {
  return [
    new Request(`http://localhost/api/sandbox/${path.join('/')}`, { method: 'POST', body, ...init }),
    { params: Promise.resolve({ path }) },
  ] as const;
}

describe('in-app sandbox route', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    clearSingleton();
  });

  it('answers the sandbox through the Next route in sandbox mode', async () => {
    vi.stubEnv('LINKSFIELD_BASE_URL', '');
    vi.stubEnv('SANDBOX_SEED', 'route-seed');
    const route = await loadRoute();
    expect(route.dynamic).toBe('force-dynamic');
    expect(route.runtime).toBe('nodejs');

    const detail = await route.POST(...request(['v1.1', 'package', 'detail'], '{"id":1000000}', { headers: { 'accept-language': 'en-US' } }));
    expect(detail.status).toBe(200);
    expect(await detail.json()).toMatchObject({ code: 0, message: 'SUCCESS', data: { id: 1000000, packageCode: 'LP20220325000000' } });

    const login = await route.POST(...request(['user', 'login'], JSON.stringify(LOGIN_BODY)));
    const { data } = (await login.json()) as { data: { token: string } };
    const preOrder = await route.POST(
      ...request(
        ['v1.1', 'package', 'preOrderPackage'],
        JSON.stringify({ currency: 'USD', currencyId: 2, deviceType: '10', discountFlag: 0, id: 1000000, money: 5, packageCode: 'LP20220325000000', packageNum: 1, partnerCode: '1000000005', periodNum: 1 }),
        { headers: { 'x-access-token': data.token } },
      ),
    );
    expect(await preOrder.json()).toMatchObject({ code: 0, data: { id: 1055200093 } });

    const unknown = await route.POST(...request(['v1.1', 'nothing'], '{}'));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 404 });

    const get = await route.GET(new Request('http://localhost/api/sandbox/v1.1/package/detail'), {
      params: Promise.resolve({ path: ['v1.1', 'package', 'detail'] }),
    });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(await get.json()).toMatchObject({ code: 405 });

    const big = await route.POST(...request(['v1.1', 'package', 'detail'], JSON.stringify({ id: 1, pad: 'x'.repeat(70_000) })));
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: 413 });

    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i += 1) controller.enqueue(new Uint8Array(20_000).fill(32));
        controller.close();
      },
    });
    const chunked = await route.POST(
      new Request('http://localhost/api/sandbox/v1.1/package/detail', { method: 'POST', body: streamed, duplex: 'half' } as RequestInit),
      { params: Promise.resolve({ path: ['v1.1', 'package', 'detail'] }) },
    );
    expect(chunked.status).toBe(413);
  });

  it('keeps one sandbox per process on globalThis, even across module reloads', async () => {
    vi.stubEnv('LINKSFIELD_BASE_URL', '');
    vi.stubEnv('SANDBOX_SEED', 'singleton-seed');
    vi.stubEnv('SANDBOX_LATENCY_MS', '0');
    vi.stubEnv('LINKSFIELD_ACCESS_TOKEN', 'configured-token-123');
    vi.resetModules();
    const first = await import('@/lib/in-app-sandbox');
    const sandbox = first.getInAppSandbox();
    expect(first.getInAppSandbox()).toBe(sandbox);
    vi.resetModules();
    const second = await import('@/lib/in-app-sandbox');
    expect(second.getInAppSandbox()).toBe(sandbox);
    expect(sandbox.state.seed).toBe('singleton-seed');
    expect(sandbox.state.acceptedTokens.has('configured-token-123')).toBe(true);
    expect(first.sandboxEnabled()).toBe(true);
  });

  it('answers 404 when the sandbox is off, unless SANDBOX_ENABLED=true', async () => {
    vi.stubEnv('LINKSFIELD_BASE_URL', 'https://api-uat.io.linksfield.net/cube/v4');
    vi.stubEnv('LINKSFIELD_PARTNER_CODE', '1000000005');
    vi.stubEnv('LINKSFIELD_ACCESS_TOKEN', 'real-token-123456');
    // A real upstream needs a session secret (lib/env.ts); any 32 characters do here.
    vi.stubEnv('SESSION_SECRET', 'test-session-secret-0123456789abcdef');
    vi.stubEnv('SANDBOX_ENABLED', '');
    let route = await loadRoute();
    const off = await route.POST(...request(['v1.1', 'package', 'detail'], '{"id":1000000}'));
    expect(off.status).toBe(404);

    vi.stubEnv('SANDBOX_ENABLED', 'true');
    route = await loadRoute();
    const on = await route.POST(...request(['v1.1', 'package', 'detail'], '{"id":1000000}'));
    expect(on.status).toBe(200);
    expect(await on.json()).toMatchObject({ code: 0 });
  });
});
