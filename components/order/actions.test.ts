import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieJar, requestScope, type RequestScope } from '@/lib/test-support/request-scope';
import type { Stores } from '@/lib/store/stores';

const scope = vi.hoisted(() => ({ current: undefined as unknown as RequestScope }));
vi.mock('next/headers', () => ({ headers: async () => scope.current.headers(), cookies: async () => scope.current.cookies() }));

// Imported once, before any vi.resetModules: the class the tests check for is the one the mock throws.
const { Redirected, navigationMock } = await vi.hoisted(() => import('@/lib/test-support/next-navigation'));
vi.mock('next/navigation', () => navigationMock);
vi.mock('next-intl/server', () => ({
  getLocale: async () => 'en',
  getTranslations: async () => (key: string) => key,
}));
vi.mock('@/lib/catalog', () => ({ recentPackageDetail: vi.fn() }));
vi.mock('@/lib/linksfield', () => ({ getLinksfield: () => ({}) }));

// The pre-order itself is not under test: every order that gets past the limits is placed.
const placed = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/orders/place-order-once', () => ({
  placeOrderOnce: async () => {
    placed.count += 1;
    return { ok: true, ref: 'AAAAAAAAAAAAAAAAAAAAAA' };
  },
}));

const customer = vi.hoisted(() => ({ signedIn: null as { email: string; token: string } | null }));
vi.mock('@/lib/session/customer-session', () => ({ getSignedInCustomer: async () => customer.signedIn }));

const shop = vi.hoisted(() => ({ stores: undefined as unknown as Stores & { close(): Promise<void> } }));
vi.mock('@/lib/store', async () => {
  const actual = await vi.importActual<typeof import('@/lib/store')>('@/lib/store');
  return { ...actual, getStores: () => shop.stores };
});

const VICTIM = 'victim@example.com';

function orderForm(email: string): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries({
    idempotencyKey: randomBytes(16).toString('base64url'),
    packageId: '1000000',
    packageCode: 'LP20220325000000',
    currency: 'USD',
    quantity: '1',
    periods: '1',
    email,
    compatible: 'on',
  })) {
    data.set(name, value);
  }
  return data;
}

describe('pre-order limits', () => {
  let preOrder: typeof import('@/components/order/actions').preOrderAction;

  beforeEach(async () => {
    vi.resetModules();
    vi.stubEnv('TRUSTED_PROXY_COUNT', '1');
    vi.stubEnv('RATE_LIMIT_PREORDERS_PER_MINUTE', '30');
    const { memoryStores } = await import('@/lib/test-support/databases');
    shop.stores = memoryStores();
    scope.current = requestScope();
    customer.signedIn = null;
    placed.count = 0;
    ({ preOrderAction: preOrder } = await import('@/components/order/actions'));
  });
  afterEach(async () => {
    await shop.stores.close();
    vi.unstubAllEnvs();
  });

  async function order(address: string, email: string): Promise<string> {
    return scope.current.from(address, cookieJar(), async () => {
      try {
        const empty = { values: { currency: '', quantity: '', periods: '', email: '', compatible: '' }, fieldErrors: {} };
        return (await preOrder(empty, orderForm(email))).formError ?? 'no message';
      } catch (error) {
        if (error instanceof Redirected) return 'placed';
        throw error;
      }
    });
  }

  it("does not let a stranger typing the victim's e-mail spend the victim's allowance", async () => {
    const stranger = [];
    for (let n = 0; n < 31; n++) stranger.push(await order('198.51.100.1', VICTIM));
    // The stranger's own address runs out ...
    expect(stranger.filter((answer) => answer === 'placed')).toHaveLength(30);
    expect(stranger.at(-1)).toBe('common.rateLimited');
    // ... the victim's does not.
    expect(await order('192.0.2.10', VICTIM)).toBe('placed');
  });

  it("limits a signed-in customer's account across addresses", async () => {
    customer.signedIn = { email: VICTIM, token: 'token' };
    for (let n = 0; n < 30; n++) expect(await order(`198.51.100.${n + 1}`, 'anyone@example.com')).toBe('placed');
    expect(await order('192.0.2.10', 'anyone@example.com')).toBe('common.rateLimited');
  });
});
