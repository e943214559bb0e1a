import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieJar, requestScope, type CookieJar, type RequestScope } from '@/lib/test-support/request-scope';
import type { Stores } from '@/lib/store/stores';

const scope = vi.hoisted(() => ({ current: undefined as unknown as RequestScope }));
vi.mock('next/headers', () => ({ headers: async () => scope.current.headers(), cookies: async () => scope.current.cookies() }));

// Imported once, before any vi.resetModules: the class the tests check for is the one the mock throws.
const { Redirected, navigationMock } = await vi.hoisted(() => import('@/lib/test-support/next-navigation'));
vi.mock('next/navigation', () => navigationMock);
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace?: string) => (key: string) => (namespace ? `${namespace}.${key}` : key),
}));

const shop = vi.hoisted(() => ({ stores: undefined as unknown as Stores & { close(): Promise<void> } }));
vi.mock('@/lib/store', async () => {
  const actual = await vi.importActual<typeof import('@/lib/store')>('@/lib/store');
  return { ...actual, getStores: () => shop.stores };
});

const PASSWORD = 'the-staff-password';

describe('staff sign-in limits', () => {
  let signIn: typeof import('@/components/staff/staff-actions').staffSignInAction;

  beforeEach(async () => {
    vi.resetModules();
    vi.stubEnv('TRUSTED_PROXY_COUNT', '1');
    vi.stubEnv('STAFF_PASSWORD', PASSWORD);
    vi.stubEnv('SESSION_SECRET', 'test-session-secret-0123456789abcdef');
    const { memoryStores } = await import('@/lib/test-support/databases');
    shop.stores = memoryStores();
    scope.current = requestScope();
    ({ staffSignInAction: signIn } = await import('@/components/staff/staff-actions'));
  });
  afterEach(async () => {
    await shop.stores.close();
    vi.unstubAllEnvs();
  });

  async function attempt(address: string, password: string, browser: CookieJar = cookieJar()): Promise<string> {
    const data = new FormData();
    data.set('password', password);
    return scope.current.from(address, browser, async () => {
      try {
        return (await signIn({}, data)).error ?? 'no message';
      } catch (error) {
        if (error instanceof Redirected) return `signed in, to ${error.to}`;
        throw error;
      }
    });
  }

  it('answers at most five of 25 parallel guesses from one address', async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, (_, n) => attempt('198.51.100.1', `guess-${n}`)));
    expect(answers.filter((answer) => answer === 'staff.signIn.wrong')).toHaveLength(5);
    expect(answers.filter((answer) => answer === 'common.rateLimited')).toHaveLength(20);
    expect(await attempt('192.0.2.10', PASSWORD)).toBe('signed in, to /staff');
  });

  it('stops a guesser spread over many addresses, but not a browser that signed in to the console before', async () => {
    const desk = cookieJar();
    expect(await attempt('192.0.2.10', PASSWORD, desk)).toBe('signed in, to /staff');
    const answers = await Promise.all(Array.from({ length: 40 }, (_, n) => attempt(`198.51.100.${n + 1}`, `guess-${n}`)));
    expect(answers.filter((answer) => answer === 'staff.signIn.wrong')).toHaveLength(30);
    expect(answers.filter((answer) => answer === 'common.accountLocked')).toHaveLength(10);
    expect(await attempt('192.0.2.11', PASSWORD)).toBe('common.accountLocked');
    expect(await attempt('192.0.2.12', PASSWORD, desk)).toBe('signed in, to /staff');
  });
});
