import { NextRequest } from 'next/server';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import {
  CACHED_CATALOG_ROUTES,
  CACHED_CURRENCIES,
  cachedCatalogRewrites,
  CATALOG_COPY_HEADER,
  CATALOG_LOCALES,
  CURRENCY_COOKIE,
  LOCALE_COOKIE,
  publicCatalogAddress,
} from '@/lib/catalog/cached-routes.mjs';
import { CURRENCY_COOKIE as SHOP_CURRENCY_COOKIE } from '@/lib/currency-preference';
import { LOCALE_COOKIE as SHOP_LOCALE_COOKIE, locales, resolveLocaleFrom } from '@/lib/i18n/locales';
import { config, proxy } from '@/proxy';

const ORIGIN = 'http://shop.test';

type Shape = { path: string; cookies: Record<string, string>; headers: Record<string, string> };

const PATHS = [
  '/',
  '/?signedOut=1',
  '/?utm_source=mail',
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
const COOKIES: Record<string, string>[] = [
  {},
  { [LOCALE_COOKIE]: 'zh-HK' },
  { [LOCALE_COOKIE]: 'fr' },
  { [CURRENCY_COOKIE]: 'HKD' },
  { [CURRENCY_COOKIE]: 'hkd' },
  { [LOCALE_COOKIE]: 'zh-CN', [CURRENCY_COOKIE]: 'CNY' },
  { [LOCALE_COOKIE]: 'en', [CURRENCY_COOKIE]: 'not-a-code' },
  // A currency code with no cached copies: rendered per request, whatever the language.
  { [CURRENCY_COOKIE]: 'AUD' },
  { [LOCALE_COOKIE]: 'zh-HK', [CURRENCY_COOKIE]: 'QQQ' },
];
const HEADERS: Record<string, string>[] = [
  {},
  ...[
    'zh-TW,zh;q=0.9',
    'de-DE',
    'en-GB,en;q=0.9',
    'EN-us',
    'zh',
    'zh-Hans-HK',
    'zh-Hant',
    'zh_HK',
    'yue-HK, en',
    'zh-twx',
    'eng',
    'zh;q=0.5, en',
    'de;q=0.9, zh-TW',
    ' en ',
    '*',
  ].map((value) => ({ 'accept-language': value })),
  // A body: an order form sent without JavaScript, and a server action.
  { 'content-type': 'multipart/form-data; boundary=----x' },
  { 'accept-language': 'en-US,en;q=0.9', 'content-type': 'text/plain;charset=UTF-8' },
  // A server action without a Content-Type: it too must meet the proxy (its body limit).
  { 'next-action': '40fc8f1b8c7c7ffbe9ed3509f7efc1b2b45cd2921b' },
];
const SHAPES: Shape[] = PATHS.flatMap((path) => COOKIES.flatMap((cookies) => HEADERS.map((headers) => ({ path, cookies, headers }))));

/** A view with a query, a request with a body, or a currency without copies of its own. */
const perRequest = ({ path, cookies, headers }: Shape) =>
  /[?&](signedOut|sort|data|validity|page|retry)=/.test(path) ||
  'content-type' in headers ||
  'next-action' in headers ||
  (/^[A-Z]{3}$/.test(cookies[CURRENCY_COOKIE] ?? '') && !CACHED_CURRENCIES.includes(cookies[CURRENCY_COOKIE]!));

/** The cached copy a request for this shape must get, whichever way it gets there. */
function expectedCopy({ path, cookies, headers }: Shape): string {
  const locale = resolveLocaleFrom(cookies[LOCALE_COOKIE], headers['accept-language']);
  const chosen = cookies[CURRENCY_COOKIE];
  const currency = chosen && CACHED_CURRENCIES.includes(chosen) ? chosen : 'auto';
  const pathname = new URL(path, ORIGIN).pathname;
  return `/catalog/${locale}/${currency}${pathname === '/' ? '' : pathname}`;
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
    const segment = url.pathname.split('/')[2] ?? '';
    return rewrite.destination.replace(/:(locale|currency|mcc|id)/g, (_, name: string) =>
      name === 'mcc' || name === 'id' ? segment : String(params[name]),
    );
  }
  return null;
}

/** Where the proxy sends a request: it names the copy in a request header, which the first rewrite reads. */
async function proxyRewrite(shape: Shape): Promise<string | null> {
  const cookie = Object.entries(shape.cookies).map(([key, value]) => `${key}=${value}`).join('; ');
  const request = new NextRequest(`${ORIGIN}${shape.path}`, { headers: { ...shape.headers, ...(cookie ? { cookie } : {}) } });
  const response = await proxy(request);
  // The proxy never rewrites itself: Next would fetch a rewrite to `localhost` over HTTP.
  expect(response.headers.get('x-middleware-rewrite')).toBeNull();
  const copy = response.headers.get(`x-middleware-request-${CATALOG_COPY_HEADER}`);
  return copy ? configRewrite({ ...shape, headers: { ...shape.headers, [CATALOG_COPY_HEADER]: copy } }) : null;
}

describe('the cached catalog addresses', () => {
  it('share the cookie names and languages of the shop', () => {
    expect(LOCALE_COOKIE).toBe(SHOP_LOCALE_COOKIE);
    expect(CURRENCY_COOKIE).toBe(SHOP_CURRENCY_COOKIE);
    expect(CATALOG_LOCALES).toEqual([...locales]);
  });

  it('go to the right cached copy through exactly one of the rewrites and the proxy, and views with a query to the proxy', async () => {
    for (const shape of SHAPES) {
      const label = JSON.stringify(shape);
      const byConfig = configRewrite(shape);
      const proxied = unstable_doesMiddlewareMatch({ config, url: `${ORIGIN}${shape.path}`, headers: shape.headers, cookies: shape.cookies });
      expect(Boolean(byConfig) !== proxied, `${label}: rewritten ${byConfig}, proxied ${proxied}`).toBe(true);
      if (perRequest(shape)) {
        expect(proxied, label).toBe(true);
        expect(await proxyRewrite(shape), label).toBeNull();
      } else {
        expect(byConfig ?? (await proxyRewrite(shape)), label).toBe(expectedCopy(shape));
      }
    }
  });

  it('skip the proxy for a visitor whose cookies say which copy, whose first language is the shop\'s, or who names none', () => {
    for (const cookies of [{ [LOCALE_COOKIE]: 'en' }, { [LOCALE_COOKIE]: 'zh-CN', [CURRENCY_COOKIE]: 'CNY' }, {}]) {
      expect(unstable_doesMiddlewareMatch({ config, url: `${ORIGIN}/countries/440`, cookies })).toBe(false);
    }
    for (const language of ['zh-TW,zh;q=0.9,en;q=0.8', 'en-US,en;q=0.9', 'zh-CN']) {
      expect(unstable_doesMiddlewareMatch({ config, url: `${ORIGIN}/`, headers: { 'accept-language': language } })).toBe(false);
    }
  });

  it("answer only through the rewrites: a copy's own address is sent to its public address, never rendered", async () => {
    const cases: [string, string][] = [
      ['/catalog/en/auto', '/'],
      ['/catalog/zh-HK/HKD/countries/440', '/countries/440'],
      ['/catalog/en/auto/packages/1000000', '/packages/1000000'],
      ['/catalog/en/auto/packages/0', '/'],
      // Made-up segments: each would have become a copy, or a cached 404, on disk.
      ['/catalog/en/QQQ', '/'],
      ['/catalog/xx/auto/countries/999', '/countries/999'],
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
