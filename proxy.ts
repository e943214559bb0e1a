import { NextResponse, type NextRequest } from 'next/server';
import {
  CACHED_PREFIX,
  catalogAddressLocale,
  legacyCatalogAddress,
  LOCALE_COOKIE,
  publicCatalogAddress,
} from '@/lib/catalog/cached-routes.mjs';
import { PATH_LOCALE_HEADER, resolveLocaleFrom } from '@/lib/i18n/locales';
import { buildCsp, createNonce, NONCE_HEADER } from '@/lib/security/content-security-policy';
import { NOTHING_POLICY } from '@/lib/security/csp-directives.mjs';
import { thirdPartySourcesFor } from '@/lib/security/payment-page-csp';
import { bodyOverLimit, mayBeServerAction } from '@/lib/security/oversized-action';
import { requestTooLarge } from '@/lib/security/request-too-large';

/**
 * A fresh nonce and Content-Security-Policy for every page, server action and route handler. Next
 * reads the nonce from the request's policy header while rendering and puts it on its own scripts;
 * the other security headers come from `headers()` in `next.config.mjs`.
 *
 * The cached catalog pages (`/en`, `/zh-HK/countries/440`, …) are the exception: the rewrites in
 * `next.config.mjs` send their plain views straight to the cached copy, whose policy comes with it
 * (hashes, `lib/security/csp-cache-handler.mjs`). Their views with a query, a request with a body and
 * a visitor whose currency has no copies come here and are rendered per request, in the language of
 * the path. The catalog's addresses from before the language was in the path redirect to the
 * visitor's language (the remembered choice, else Accept-Language).
 *
 * A server action body over the limit is refused here with 413 and words for a person: Next would
 * read it and answer 500.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (mayBeServerAction(request.method, pathname, request.headers) && (await bodyOverLimit(request))) {
    return requestTooLarge(request, pathname, request.cookies.get(LOCALE_COOKIE)?.value);
  }
  if (pathname === CACHED_PREFIX || pathname.startsWith(`${CACHED_PREFIX}/`)) {
    // The copies' own addresses are for the rewrites alone: asked for directly, any segment would
    // become a copy on disk. (Next makes a same-origin Location relative.)
    return redirectTo(request, publicCatalogAddress(pathname), 308);
  }
  const locale = resolveLocaleFrom(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
  const legacy = legacyCatalogAddress(pathname, locale);
  if (legacy !== undefined) {
    // Old links keep working, each in the visitor's language. The home page's is a choice made for
    // this visitor, so it stays temporary; a country or package moved for good.
    const redirect = redirectTo(request, `${legacy}${search}`, pathname === '/' ? 307 : 308);
    // The target depends on the visitor: no shared cache may keep it for another.
    redirect.headers.set('Cache-Control', 'private, no-cache');
    redirect.headers.set('Vary', 'Cookie, Accept-Language');
    return redirect;
  }
  return withNonce(request, catalogAddressLocale(pathname));
}

function redirectTo(request: NextRequest, address: string, status: 307 | 308) {
  const url = request.nextUrl.clone();
  const [pathname = '/', query = ''] = address.split('?');
  url.pathname = pathname;
  url.search = query;
  const redirect = NextResponse.redirect(url, status);
  redirect.headers.set('Content-Security-Policy', NOTHING_POLICY);
  return redirect;
}

/** `pathLocale`: the language of a catalog page's address, which its page is rendered in. */
function withNonce(request: NextRequest, pathLocale: string | undefined) {
  const nonce = createNonce();
  const csp = buildCsp({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    https: process.env.NODE_ENV === 'production' && request.nextUrl.protocol === 'https:',
    thirdParty: thirdPartySourcesFor(request.nextUrl.pathname),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  // Only the proxy says which language an address is in; a visitor's own header is dropped.
  requestHeaders.delete(PATH_LOCALE_HEADER);
  if (pathLocale) requestHeaders.set(PATH_LOCALE_HEADER, pathLocale);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    // Everything but built assets, the provider sandbox (the fake provider, not the shop), both with
    // a policy of their own from `next.config.mjs` (NON_PAGE_SOURCES), and the cached catalog
    // addresses (`/en`, `/en/countries/<mcc>` and `/en/packages/<id>` in each language, below). The
    // favicon is matched: its 404 page needs the nonce. Server actions are POSTs to their page's
    // path, so they are covered with the pages (on a cached address, by the entries for a request
    // with a body at the end). The copies' own addresses (`/catalog/…`) are matched: only the
    // rewrites, which come after the proxy, may reach them. `/` is matched: it redirects by language.
    '/',
    '/((?!_next/static/|_next/image|api/sandbox/|(?:en|zh-CN|zh-HK)(?:/countries/\\d{3}|/packages/[1-9]\\d{0,11})?$).+)',
    // The cached catalog addresses, exactly when `next.config.mjs` does not rewrite them: a query
    // that changes the view, a body, a currency cookie that is not one of CACHED_CURRENCIES
    // (lib/catalog/cached-routes.mjs; written out, as Next reads the matcher without running this
    // file; the complement is tested in lib/catalog/cached-routes.test.ts).
    { source: '/:locale(en|zh-CN|zh-HK)', has: [{ type: 'query', key: 'signedOut' }] },
    { source: '/:locale(en|zh-CN|zh-HK)', has: [{ type: 'cookie', key: 'currency', value: '(?!(?:CNY|EUR|GBP|HKD|JPY|SGD|USD)$).*' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/countries/:mcc(\\d{3})', has: [{ type: 'query', key: 'sort' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/countries/:mcc(\\d{3})', has: [{ type: 'query', key: 'data' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/countries/:mcc(\\d{3})', has: [{ type: 'query', key: 'validity' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/countries/:mcc(\\d{3})', has: [{ type: 'query', key: 'page' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/countries/:mcc(\\d{3})', has: [{ type: 'cookie', key: 'currency', value: '(?!(?:CNY|EUR|GBP|HKD|JPY|SGD|USD)$).*' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/packages/:id([1-9]\\d{0,11})', has: [{ type: 'query', key: 'retry' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/packages/:id([1-9]\\d{0,11})', has: [{ type: 'cookie', key: 'currency', value: '(?!(?:CNY|EUR|GBP|HKD|JPY|SGD|USD)$).*' }] },
    // A request with a body (BODY_HEADERS): an order form or a server action, on any cached address.
    { source: '/:locale(en|zh-CN|zh-HK)', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/countries/:mcc(\\d{3})', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/packages/:id([1-9]\\d{0,11})', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:locale(en|zh-CN|zh-HK)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/countries/:mcc(\\d{3})', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:locale(en|zh-CN|zh-HK)/packages/:id([1-9]\\d{0,11})', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
