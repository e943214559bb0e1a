import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieJar, requestScope, type RequestScope } from '@/lib/test-support/request-scope';
import type { Stores } from '@/lib/store/stores';

const scope = vi.hoisted(() => ({ current: undefined as unknown as RequestScope }));
vi.mock('next/headers', () => ({ headers: async () => scope.current.headers(), cookies: async () => scope.current.cookies() }));

// Imported once, before any vi.resetModules: the class the tests check for is the one the mock throws.
const { Redirected, navigationMock } = await vi.hoisted(() => import('@/lib/test-support/next-navigation'));
vi.mock('next/navigation', () => navigationMock);
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace?: string) => (key: string) => (namespace ? `${namespace}.${key}` : key),
}));
vi.mock('@/lib/catalog/preferences', () => ({ getPreferences: async () => ({ locale: 'en' }) }));

const provider = vi.hoisted(() => ({ passwords: new Map<string, string>(), logins: 0 }));
vi.mock('@/lib/linksfield', async () => {
  const { LinksfieldError } = await import('@/lib/linksfield/errors');
  return {
    LinksfieldError,
    getLinksfield: () => ({
      async login(email: string, password: string) {
        provider.logins += 1;
        if (provider.passwords.get(email) !== password) throw new LinksfieldError(1001, 'wrong', '/user/login');
        return { token: `token-for-${email}`, expiresAt: null };
      },
    }),
  };
});

const shop = vi.hoisted(() => ({ stores: undefined as unknown as Stores & { close(): Promise<void> } }));
vi.mock('@/lib/store', async () => {
  const actual = await vi.importActual<typeof import('@/lib/store')>('@/lib/store');
  return { ...actual, getStores: () => shop.stores };
});

const VICTIM = 'victim@example.com';
const form = (email: string, password: string) => {
  const data = new FormData();
  data.set('email', email);
  data.set('password', password);
  return data;
};

describe('customer sign-in limits', () => {
  let signIn: typeof import('@/components/account/actions').signInAction;

  beforeEach(async () => {
    vi.resetModules();
    // Behind one proxy, so each test request names its own address in X-Forwarded-For.
    vi.stubEnv('TRUSTED_PROXY_COUNT', '1');
    vi.stubEnv('SESSION_SECRET', 'test-session-secret-0123456789abcdef');
    const { memoryStores } = await import('@/lib/test-support/databases');
    shop.stores = memoryStores();
    scope.current = requestScope();
    provider.passwords = new Map([[VICTIM, 'the-right-password']]);
    provider.logins = 0;
    ({ signInAction: signIn } = await import('@/components/account/actions'));
  });
  afterEach(async () => {
    await shop.stores.close();
    vi.unstubAllEnvs();
  });

  /** Signs in from `address` in `browser`: where the action sent the customer, or its message. */
  async function attempt(address: string, password: string, browser = cookieJar(), email = VICTIM): Promise<string> {
    return scope.current.from(address, browser, async () => {
      try {
        const state = await signIn({ values: { email: '' }, fieldErrors: {} }, form(email, password));
        return state.formError ?? 'no message';
      } catch (error) {
        if (error instanceof Redirected) return `signed in, to ${error.to}`;
        throw error;
      }
    });
  }

  it("lets the victim in after six wrong passwords for their e-mail from six other addresses", async () => {
    for (let n = 1; n <= 6; n++) {
      expect(await attempt(`198.51.100.${n}`, `guess-${n}`)).toBe('account.errors.wrongPassword');
    }
    expect(await attempt('192.0.2.10', 'the-right-password')).toBe('signed in, to /my-esims');
  });

  it('counts wrong passwords, not sign-ins: a customer may sign in again and again', async () => {
    for (let n = 0; n < 12; n++) {
      expect(await attempt('192.0.2.10', 'the-right-password')).toBe('signed in, to /my-esims');
    }
  });

  it('stops a guesser at one address after five wrong passwords for the account', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => attempt('198.51.100.1', `guess-${n}`)));
    expect(answers.filter((answer) => answer === 'account.errors.wrongPassword')).toHaveLength(5);
    expect(answers.filter((answer) => answer === 'common.rateLimited')).toHaveLength(7);
    expect(provider.logins).toBe(5);
    // The same account from another address, and another account from this one, are not held back.
    expect(await attempt('192.0.2.10', 'the-right-password')).toBe('signed in, to /my-esims');
    provider.passwords.set('other@example.com', 'other-password');
    expect(await attempt('198.51.100.1', 'other-password', cookieJar(), 'other@example.com')).toBe('signed in, to /my-esims');
  });

  it('stops a guesser spread over many addresses per account, but not a browser the customer signed in with before', async () => {
    const usual = cookieJar();
    expect(await attempt('192.0.2.10', 'the-right-password', usual)).toBe('signed in, to /my-esims');

    const answers = await Promise.all(Array.from({ length: 40 }, (_, n) => attempt(`198.51.100.${n + 1}`, `guess-${n}`)));
    expect(answers.filter((answer) => answer === 'account.errors.wrongPassword')).toHaveLength(30);
    expect(answers.filter((answer) => answer === 'common.accountLocked')).toHaveLength(10);

    // A browser new to the account waits (the price of stopping the guesser) ...
    expect(await attempt('192.0.2.11', 'the-right-password')).toBe('common.accountLocked');
    // ... while the customer's own browser, from any address, still gets in.
    expect(await attempt('192.0.2.12', 'the-right-password', usual)).toBe('signed in, to /my-esims');
  });
});
