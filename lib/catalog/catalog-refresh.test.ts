import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { Country } from '@/lib/linksfield';

// The route checks the staff session (a cookie in a request scope); here a test says whether staff is signed in.
const staff = vi.hoisted(() => ({ signedIn: true }));
vi.mock('@/lib/staff/staff-session', () => ({ isStaff: async () => staff.signedIn }));

// Outside Next there is no cache to revalidate: the test checks that the route asks for it.
const nextCache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => nextCache);

const provider = vi.hoisted(() => ({ listCountries: vi.fn() }));
vi.mock('@/lib/linksfield', () => ({ getLinksfield: () => provider }));

/** The refresh as the shop's own page would post it; `headers` changes some of it. */
const refresh = (headers: Record<string, string> = {}) =>
  new Request('http://localhost:3000/api/staff/catalog-refresh', {
    method: 'POST',
    body: '{}',
    headers: { host: 'localhost:3000', origin: 'http://localhost:3000', 'content-type': 'application/json', ...headers },
  });

const japan = (name: string): Country[] => [{ mcc: 440, iso2: 'JP', name, englishName: 'Japan', continent: 'Asia' }];

describe('catalog cache and its on-demand refresh', () => {
  beforeEach(() => {
    vi.resetModules();
    // The caches live on globalThis (one per process, whichever bundle loads the module).
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('esim-qr-mall.catalog')];
    provider.listCountries.mockReset();
    staff.signedIn = true;
  });

  it('asks the provider once per minute, not once per page view', async () => {
    const { getCountries } = await import('@/lib/catalog');
    provider.listCountries.mockResolvedValue(japan('Japan'));
    await getCountries('en');
    await getCountries('en');
    expect(provider.listCountries).toHaveBeenCalledTimes(1);
  });

  it('reads the catalog again after a staff refresh, and refuses anyone else', async () => {
    const { getCountries } = await import('@/lib/catalog');
    const route = await import('@/app/api/staff/catalog-refresh/route');
    provider.listCountries.mockResolvedValueOnce(japan('Japan')).mockResolvedValueOnce(japan('Nippon'));
    expect((await getCountries('en'))[0]?.name).toBe('Japan');

    nextCache.revalidatePath.mockClear();
    staff.signedIn = false;
    expect((await route.POST(refresh())).status).toBe(401);
    // Staff, but a form posted from another port of the same site.
    staff.signedIn = true;
    const crossSite = refresh({ origin: 'http://localhost:3001', 'content-type': 'text/plain' });
    expect((await route.POST(crossSite)).status).toBe(403);
    expect((await route.POST(refresh({ 'content-type': 'text/plain' }))).status).toBe(415);
    expect((await getCountries('en'))[0]?.name).toBe('Japan');
    expect(nextCache.revalidatePath).not.toHaveBeenCalled();

    const answer = await route.POST(refresh());
    expect(answer.status).toBe(200);
    // One instance on SQLite: nobody else to tell.
    expect(await answer.json()).toMatchObject({ ok: true, otherInstances: 'single-instance' });
    // The cached home and country pages are rendered again too.
    expect(nextCache.revalidatePath).toHaveBeenCalledWith('/', 'layout');
    expect((await getCountries('en'))[0]?.name).toBe('Nippon');
    expect(provider.listCountries).toHaveBeenCalledTimes(2);
  });
});
