import { NextRequest } from 'next/server';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import {
  CACHED_CATALOG_ROUTES,
  CACHED_CURRENCIES,
  cachedCatalogRewrites,
  CATALOG_LOCALES,
  CURRENCY_COOKIE,
  LOCALE_COOKIE,
  publicCatalogAddress,
} from '@/lib/catalog/cached-routes.mjs';
import { CURRENCY_COOKIE as SHOP_CURRENCY_COOKIE } from '@/lib/currency-preference';
import { LOCALE_COOKIE as SHOP_LOCALE_COOKIE, locales, PATH_LOCALE_HEADER, resolveLocaleFrom } from '@/lib/i18n/locales';
import { config, proxy } from '@/proxy';

const ORIGIN = 'http://shop.test';

type Shape = { path: string; cookies: Record<string, string>; headers: Record<string, string> };

const VIEWS = [
  '',
  '?signedOut=1',
  '?utm_source=mail',
  '/countries/440',
  '/countries/440?sort=price-desc',
  '/countries/440?data=1024',
  '/countries/440?validity=7',
  '/countries/440?page=2',
  '/countries/440?ref=x',
  '/packages/1000000',
  '/packages/1000000?retry=1',
  '/packages/1000000?utm_source=mail',
];
const PATHS = CATALOG_LOCALES.flatMap((locale) => VIEWS.map((view) => `/${locale}${view}`));
const COOKIES: Record<string, string>[] = [
  {},
  // The remembered language does not choose a page whose address names one.
  { [LOCALE_COOKIE]: 'zh-HK' },
  { [CURRENCY_COOKIE]: 'HKD' },
  { [CURRENCY_COOKIE]: 'hkd' },
  { [LOCALE_COOKIE]: 'zh-CN', [CURRENCY_COOKIE]: 'CNY' },
  { [LOCALE_COOKIE]: 'en', [CURRENCY_COOKIE]: 'not-a-code' },
  // A currency code with no cached copies: rendered per request, whatever the language.
  { [CURRENCY_COOKIE]: 'AUD' },
];
const HEADERS: Record<string, string>[] = [
  {},
  { 'accept-language': 'zh-TW,zh;q=0.9' },
  { 'accept-language': 'de;q=0.9, zh-TW' },
  // A body: an order form sent without JavaScript, and a server action.
  { 'content-type': 'multipart/form-data; boundary=----x' },
  { 'accept-language': 'en-US,en;q=0.9', 'content-type': 'text/plain;charset=UTF-8' },
  // A server action without a Content-Type: it too must meet the proxy (its body limit).
  { 'next-action': '40fc8f1b8c7c7ffbe9ed3509f7efc1b2b45cd2921b' },
];
const SHAPES: Shape[] = PATHS.flatMap((path) => COOKIES.flatMap((cookies) => HEADERS.map((headers) => ({ path, cookies, headers }))));

/** A view with a query that changes it, a request with a body, or a currency cookie that names no copies. */
const perRequest = ({ path, cookies, headers }: Shape) =>
  /[?&](signedOut|sort|data|validity|page|retry)=/.test(path) ||
  'content-type' in headers ||
  'next-action' in headers ||
  (CURRENCY_COOKIE in cookies && !CACHED_CURRENCIES.includes(cookies[CURRENCY_COOKIE]!));

/** The cached copy a request for this shape must get: the address's language, the cookie's currency. */
function expectedCopy({ path, cookies }: Shape): string {
  const chosen = cookies[CURRENCY_COOKIE];
  const currency = chosen && CACHED_CURRENCIES.includes(chosen) ? chosen : 'auto';
  const [, locale, ...rest] = new URL(path, ORIGIN).pathname.split('/');
  return `/catalog/${locale}/${currency}${rest.length ? `/${rest.join('/')}` : ''}`;
}

/**
 * The first of `next.config.mjs`'s rewrites that applies, as Next's router applies them: the path,
 * then `has`/`missing` by Next's own `matchHas`, whose named groups fill the destination. (Next's
 * `unstable_getResponseFromNextConfig` drops those groups, so it cannot be used here.)
 */
function configRewrite({ path, cookies, headers }: Shape): string | null {
  const url = new URL(path, ORIGIN);
  const query = Object.fromEntries(url.searchParams);
  const request = { headers, cookies } as unknown as Parameters<typeof matchHas>[0];
  for (const rewrite of cachedCatalogRewrites()) {
    const route = CACHED_CATALOG_ROUTES.find(({ source }) => source === rewrite.source);
    if (!route?.pattern.test(url.pathname)) continue;
    const params = matchHas(request, query, rewrite.has, rewrite.missing);
    if (!params) continue;
    const [, locale = '', , segment = ''] = url.pathname.split('/');
    return rewrite.destination.replace(/:(locale|currency|mcc|id)/g, (_, name: string) =>
      name === 'mcc' || name === 'id' ? segment : name === 'locale' ? locale : String(params[name]),
    );
  }
  return null;
}

async function throughProxy({ path, cookies, headers }: Shape) {
  const cookie = Object.entries(cookies).map(([key, value]) => `${key}=${value}`).join('; ');
  return proxy(new NextRequest(`${ORIGIN}${path}`, { headers: { ...headers, ...(cookie ? { cookie } : {}) } }));
}

describe('the catalog addresses', () => {
  it('share the cookie names and languages of the shop', () => {
    expect(LOCALE_COOKIE).toBe(SHOP_LOCALE_COOKIE);
    expect(CURRENCY_COOKIE).toBe(SHOP_CURRENCY_COOKIE);
    expect(CATALOG_LOCALES).toEqual([...locales]);
  });

  it('go to the cached copy of their language and currency by a rewrite, or to the proxy, never both', async () => {
    for (const shape of SHAPES) {
      const label = JSON.stringify(shape);
      const byConfig = configRewrite(shape);
      const proxied = unstable_doesMiddlewareMatch({ config, url: `${ORIGIN}${shape.path}`, headers: shape.headers, cookies: shape.cookies });
      expect(Boolean(byConfig) !== proxied, `${label}: rewritten ${byConfig}, proxied ${proxied}`).toBe(true);
      if (perRequest(shape)) {
        expect(proxied, label).toBe(true);
        const response = await throughProxy(shape);
        // Rendered per request in the address's language, whatever the cookie or the browser says.
        expect(response.headers.get('x-middleware-rewrite'), label).toBeNull();
        expect(response.headers.get(`x-middleware-request-${PATH_LOCALE_HEADER}`), label).toBe(shape.path.split(/[/?]/)[1]);
      } else {
        expect(byConfig, label).toBe(expectedCopy(shape));
      }
    }
  });

  it('need two rewrites a page, whatever the number of languages and currencies', () => {
    expect(cachedCatalogRewrites()).toHaveLength(2 * CACHED_CATALOG_ROUTES.length);
  });

  it("drop a visitor's own claim of the address's language elsewhere", async () => {
    const response = await proxy(new NextRequest(`${ORIGIN}/orders/AAAAAAAAAAAAAAAAAAAAAA`, { headers: { [PATH_LOCALE_HEADER]: 'zh-HK' } }));
    expect(response.headers.get(`x-middleware-request-${PATH_LOCALE_HEADER}`)).toBeNull();
    // Next keeps exactly the headers this list names.
    expect(response.headers.get('x-middleware-override-headers')?.split(',')).not.toContain(PATH_LOCALE_HEADER);
  });

  it('from before the language was in the path redirect to the visitor\'s language, the query kept, for no shared cache', async () => {
    const cases: [string, Record<string, string>, Record<string, string>, string, number][] = [
      ['/', {}, {}, '/en', 307],
      ['/', {}, { 'accept-language': 'zh-TW,zh;q=0.9' }, '/zh-HK', 307],
      ['/?signedOut=1', { [LOCALE_COOKIE]: 'zh-CN' }, { 'accept-language': 'en' }, '/zh-CN?signedOut=1', 307],
      ['/countries/440', {}, { 'accept-language': 'de;q=0.9, zh-TW' }, '/zh-HK/countries/440', 308],
      ['/countries/440?sort=price-asc', { [LOCALE_COOKIE]: 'fr' }, {}, '/en/countries/440?sort=price-asc', 308],
      ['/packages/1000016', { [LOCALE_COOKIE]: 'zh-HK' }, {}, '/zh-HK/packages/1000016', 308],
    ];
    for (const [path, cookies, headers, target, status] of cases) {
      expect(unstable_doesMiddlewareMatch({ config, url: `${ORIGIN}${path}`, headers, cookies }), path).toBe(true);
      const response = await throughProxy({ path, cookies, headers });
      expect(response.status, path).toBe(status);
      expect(response.headers.get('location'), path).toBe(`${ORIGIN}${target}`);
      expect(response.headers.get('vary'), path).toBe('Cookie, Accept-Language');
      expect(response.headers.get('cache-control'), path).toBe('private, no-cache');
      expect(resolveLocaleFrom(cookies[LOCALE_COOKIE], headers['accept-language']), path).toBe(target.split(/[/?]/)[1]);
    }
  });

  it("answer only through the rewrites: a copy's own address is sent to its public address, never rendered", async () => {
    const cases: [string, string][] = [
      ['/catalog/en/auto', '/en'],
      ['/catalog/zh-HK/HKD/countries/440', '/zh-HK/countries/440'],
      ['/catalog/en/auto/packages/1000000', '/en/packages/1000000'],
      ['/catalog/en/auto/packages/0', '/'],
      // Made-up segments: each would have become a copy, or a cached 404, on disk.
      ['/catalog/en/QQQ', '/en'],
      ['/catalog/xx/auto/countries/999', '/'],
      ['/catalog/en/auto/staff', '/'],
      ['/catalog', '/'],
    ];
    for (const [address, publicAddress] of cases) {
      expect(publicCatalogAddress(address), address).toBe(publicAddress);
      expect(unstable_doesMiddlewareMatch({ config, url: `${ORIGIN}${address}` }), address).toBe(true);
      const response = await proxy(new NextRequest(`${ORIGIN}${address}`));
      expect(response.status, address).toBe(308);
      // Absolute here; Next's adapter sends a same-origin Location as a path (checked end to end).
      expect(response.headers.get('location'), address).toBe(`${ORIGIN}${publicAddress}`);
    }
  });
});
