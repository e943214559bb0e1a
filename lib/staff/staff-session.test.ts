import { sealData } from 'iron-session';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieJar, requestScope, type CookieJar, type RequestScope } from '@/lib/test-support/request-scope';
import type { Stores } from '@/lib/store/stores';

const scope = vi.hoisted(() => ({ current: undefined as unknown as RequestScope }));
vi.mock('next/headers', () => ({ headers: async () => scope.current.headers(), cookies: async () => scope.current.cookies() }));
vi.mock('next/navigation', () => ({ redirect: vi.fn() }));

const shop = vi.hoisted(() => ({ stores: undefined as unknown as Stores & { close(): Promise<void> } }));
vi.mock('@/lib/store', () => ({ getStores: () => shop.stores }));

const SECRET = 'test-session-secret-0123456789abcdef';

describe('staff session', () => {
  let staff: typeof import('@/lib/staff/staff-session');

  beforeEach(async () => {
    vi.resetModules();
    vi.stubEnv('SESSION_SECRET', SECRET);
    vi.stubEnv('STAFF_PASSWORD', 'the-staff-password');
    const { memoryStores } = await import('@/lib/test-support/databases');
    shop.stores = memoryStores();
    scope.current = requestScope();
    staff = await import('@/lib/staff/staff-session');
  });
  afterEach(async () => {
    await shop.stores.close();
    vi.unstubAllEnvs();
  });

  const as = <T,>(browser: CookieJar, call: () => Promise<T>) => scope.current.from('192.0.2.10', browser, call);

  it('checks the password alone', () => {
    expect(staff.checkStaffPassword('the-staff-password')).toBe('ok');
    expect(staff.checkStaffPassword('the-staff-passwor')).toBe('wrong');
  });

  it('is over for every copy of the cookie once staff sign out', async () => {
    const desk = cookieJar();
    await as(desk, staff.startStaffSession);
    const copy = cookieJar();
    copy.set('esim_staff', desk.get('esim_staff')!.value);
    expect(await as(copy, staff.isStaff)).toBe(true);

    await as(desk, staff.signOutStaff);
    expect(desk.has('esim_staff')).toBe(false);
    expect(await as(copy, staff.isStaff)).toBe(false);
  });

  it("opens nothing with a customer's session sealed into the staff cookie", async () => {
    await shop.stores.sessions.start({
      id: 'customer-session',
      kind: 'customer',
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    const forged = cookieJar();
    forged.set('esim_staff', await sealData({ sessionId: 'customer-session', signedInAt: new Date().toISOString() }, { password: SECRET }));
    expect(await as(forged, staff.isStaff)).toBe(false);
  });

  it('counts a cookie sealed before sessions were recorded as signed out', async () => {
    const old = cookieJar();
    old.set('esim_staff', await sealData({ signedInAt: new Date().toISOString() }, { password: SECRET }));
    expect(await as(old, staff.isStaff)).toBe(false);
  });
});
