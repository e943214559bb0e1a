import { sealData } from 'iron-session';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieJar, requestScope, type CookieJar, type RequestScope } from '@/lib/test-support/request-scope';
import type { Stores } from '@/lib/store/stores';

const scope = vi.hoisted(() => ({ current: undefined as unknown as RequestScope }));
vi.mock('next/headers', () => ({ headers: async () => scope.current.headers(), cookies: async () => scope.current.cookies() }));

const shop = vi.hoisted(() => ({ stores: undefined as unknown as Stores & { close(): Promise<void> } }));
vi.mock('@/lib/store', () => ({ getStores: () => shop.stores }));

const SECRET = 'test-session-secret-0123456789abcdef';

describe('customer session', () => {
  let sessions: typeof import('@/lib/session/customer-session');

  beforeEach(async () => {
    vi.resetModules();
    vi.stubEnv('SESSION_SECRET', SECRET);
    const { memoryStores } = await import('@/lib/test-support/databases');
    shop.stores = memoryStores();
    scope.current = requestScope();
    sessions = await import('@/lib/session/customer-session');
  });
  afterEach(async () => {
    await shop.stores.close();
    vi.unstubAllEnvs();
  });

  const as = <T,>(browser: CookieJar, call: () => Promise<T>) => scope.current.from('192.0.2.10', browser, call);
  /** A second browser holding a copy of `browser`'s session cookie. */
  const copyOf = (browser: CookieJar) => {
    const copy = cookieJar();
    for (const { name, value } of browser.getAll()) copy.set(name, value);
    return copy;
  };

  it('is over for every copy of the cookie once the customer signs out', async () => {
    const browser = cookieJar();
    await as(browser, () => sessions.signInCustomer('a@example.com', 'token-a', null));
    const copy = copyOf(browser);
    expect(await as(copy, sessions.getSignedInCustomer)).toEqual({ email: 'a@example.com', token: 'token-a' });

    await as(browser, sessions.signOutCustomer);
    expect(browser.has('esim_session')).toBe(false);
    expect(await as(copy, sessions.getSignedInCustomer)).toBeNull();
  });

  it('is over when a page ends it on the server, though the cookie stays', async () => {
    const browser = cookieJar();
    await as(browser, () => sessions.signInCustomer('a@example.com', 'token-a', null));
    await as(browser, sessions.endCustomerSession);
    expect(browser.has('esim_session')).toBe(true);
    expect(await as(browser, sessions.getSignedInCustomer)).toBeNull();
  });

  it("ends the previous account's session when another signs in with the same browser", async () => {
    const browser = cookieJar();
    await as(browser, () => sessions.signInCustomer('a@example.com', 'token-a', null));
    const before = copyOf(browser);
    await as(browser, () => sessions.signInCustomer('b@example.com', 'token-b', null));
    expect(await as(before, sessions.getSignedInCustomer)).toBeNull();
    expect(await as(browser, sessions.getSignedInCustomer)).toEqual({ email: 'b@example.com', token: 'token-b' });
  });

  it("never outlives the provider's token", async () => {
    const browser = cookieJar();
    await as(browser, () => sessions.signInCustomer('a@example.com', 'token-a', new Date(Date.now() - 1000).toISOString()));
    expect(await as(browser, sessions.getSignedInCustomer)).toBeNull();
  });

  it('counts a cookie sealed before sessions were recorded as signed out', async () => {
    const browser = cookieJar();
    const old = await sealData({ email: 'a@example.com', token: 'token-a', expiresAt: new Date(Date.now() + 60_000).toISOString() }, { password: SECRET });
    browser.set('esim_session', old);
    expect(await as(browser, sessions.getSignedInCustomer)).toBeNull();
  });
});
