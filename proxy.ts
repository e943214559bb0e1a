import { NextResponse, type NextRequest } from 'next/server';
import {
  CACHED_PREFIX,
  CATALOG_COPY_HEADER,
  cachedCatalogTarget,
  CURRENCY_COOKIE,
  hasBody,
  hasCachedCopies,
  LOCALE_COOKIE,
  NO_CURRENCY_CHOSEN,
  publicCatalogAddress,
} from '@/lib/catalog/cached-routes.mjs';
import { isCurrencyCode } from '@/lib/currency-preference';
import { resolveLocaleFrom } from '@/lib/i18n/locales';
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
 * The cached catalog pages are the exception: the rewrites in `next.config.mjs` send most of their
 * requests straight to the cached copy, and the rest come here only to have their language chosen
 * from Accept-Language; their policy comes with the copy (hashes, `lib/security/csp-cache-handler.mjs`).
 * A visitor whose currency has no copies, a view with a query and a request with a body (a form
 * sent without JavaScript, a server action) get the page rendered per request, with the nonce.
 *
 * A server action body over the limit is refused here with 413 and words for a person: Next would
 * read it and answer 500.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (mayBeServerAction(request.method, pathname, request.headers) && (await bodyOverLimit(request))) {
    return requestTooLarge(request, pathname, request.cookies.get(LOCALE_COOKIE)?.value);
  }
  if (pathname === CACHED_PREFIX || pathname.startsWith(`${CACHED_PREFIX}/`)) {
    // The copies' own addresses are for the rewrites alone: asked for directly, any segment would
    // become a copy on disk. (Next makes a same-origin Location relative.)
    const publicUrl = request.nextUrl.clone();
    publicUrl.pathname = publicCatalogAddress(pathname);
    publicUrl.search = '';
    const redirect = NextResponse.redirect(publicUrl, 308);
    redirect.headers.set('Content-Security-Policy', NOTHING_POLICY);
    return redirect;
  }
  const target = hasBody(request.headers) ? undefined : cachedCatalogTarget(pathname, searchParams);
  const chosen = request.cookies.get(CURRENCY_COOKIE)?.value;
  // A currency with no copies of its own: the page is rendered per request, in that currency.
  const currencyWithoutCopies = isCurrencyCode(chosen) && !hasCachedCopies(chosen);
  if (target !== undefined && !currencyWithoutCopies) {
    const locale = resolveLocaleFrom(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
    const currency = hasCachedCopies(chosen) ? chosen : NO_CURRENCY_CHOSEN;
    // Not a rewrite from here: Next serves a proxy's rewrite to another origin over HTTP as an
    // external site, and `nextUrl` says `localhost` where the shop listens on 127.0.0.1 (a second
    // request per view, and resets under load). The copy is named in a request header instead,
    // and the first of the rewrites in `next.config.mjs` serves it in place.
    const headers = new Headers(request.headers);
    headers.set(CATALOG_COPY_HEADER, `${locale}/${currency}`);
    return NextResponse.next({ request: { headers } });
  }
  return withNonce(request);
}

function withNonce(request: NextRequest) {
  const nonce = createNonce();
  const csp = buildCsp({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    https: process.env.NODE_ENV === 'production' && request.nextUrl.protocol === 'https:',
    thirdParty: thirdPartySourcesFor(request.nextUrl.pathname),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    // Everything but built assets, the provider sandbox (the fake provider, not the shop), both with
    // a policy of their own from `next.config.mjs` (NON_PAGE_SOURCES), and the cached catalog
    // addresses (`/`, `/countries/<mcc>` and `/packages/<id>`, below). The favicon is matched: the
    // shop has none, and its 404 page needs the nonce. Server actions are POSTs to their page's path,
    // so they are covered with the pages (on a cached address, by the entries for a request with a
    // body at the end). The copies' own addresses (`/catalog/…`) are matched: only the rewrites,
    // which come after the proxy, may reach them.
    '/((?!_next/static/|_next/image|api/sandbox/|countries/\\d{3}$|packages/[1-9]\\d{0,11}$).+)',
    // The cached catalog addresses, exactly when `next.config.mjs` does not rewrite them: a query,
    // a body, a language to negotiate (an Accept-Language whose first choice none of the rewrites'
    // FIRST_LANGUAGE_PATTERNS reads; written out, as Next reads the matcher without running this
    // file), a language cookie with a value the shop does not know, a currency cookie that is not
    // one of CACHED_CURRENCIES (lib/catalog/cached-routes.mjs; the complement is tested in
    // lib/catalog/cached-routes.test.ts).
    { source: '/', has: [{ type: 'query', key: 'signedOut' }] },
    {
      source: '/',
      has: [{ type: 'header', key: 'accept-language', value:
          '(?!(?:\\s*(?:[zZ][hH][-_](?:[hH][aA][nN][tT]|[hH][kK]|[tT][wW]|[mM][oO])|[yY][uU][eE])(?:[-_][^,;]*)?\\s*(?:,.*)?|\\s*[zZ][hH](?:[-_][^,;]*)?\\s*(?:,.*)?|\\s*[eE][nN](?:[-_][^,;]*)?\\s*(?:,.*)?)$).*' }],
      missing: [{ type: 'cookie', key: 'NEXT_LOCALE' }],
    },
    { source: '/', has: [{ type: 'cookie', key: 'NEXT_LOCALE', value: '(?!(?:en|zh-CN|zh-HK)$).*' }] },
    { source: '/', has: [{ type: 'cookie', key: 'currency', value: '(?!(?:CNY|EUR|GBP|HKD|JPY|SGD|USD)$).*' }] },
    { source: '/countries/:mcc(\\d{3})', has: [{ type: 'query', key: 'sort' }] },
    { source: '/countries/:mcc(\\d{3})', has: [{ type: 'query', key: 'data' }] },
    { source: '/countries/:mcc(\\d{3})', has: [{ type: 'query', key: 'validity' }] },
    { source: '/countries/:mcc(\\d{3})', has: [{ type: 'query', key: 'page' }] },
    {
      source: '/countries/:mcc(\\d{3})',
      has: [{ type: 'header', key: 'accept-language', value:
          '(?!(?:\\s*(?:[zZ][hH][-_](?:[hH][aA][nN][tT]|[hH][kK]|[tT][wW]|[mM][oO])|[yY][uU][eE])(?:[-_][^,;]*)?\\s*(?:,.*)?|\\s*[zZ][hH](?:[-_][^,;]*)?\\s*(?:,.*)?|\\s*[eE][nN](?:[-_][^,;]*)?\\s*(?:,.*)?)$).*' }],
      missing: [{ type: 'cookie', key: 'NEXT_LOCALE' }],
    },
    { source: '/countries/:mcc(\\d{3})', has: [{ type: 'cookie', key: 'NEXT_LOCALE', value: '(?!(?:en|zh-CN|zh-HK)$).*' }] },
    { source: '/countries/:mcc(\\d{3})', has: [{ type: 'cookie', key: 'currency', value: '(?!(?:CNY|EUR|GBP|HKD|JPY|SGD|USD)$).*' }] },
    { source: '/packages/:id([1-9]\\d{0,11})', has: [{ type: 'query', key: 'retry' }] },
    {
      source: '/packages/:id([1-9]\\d{0,11})',
      has: [{ type: 'header', key: 'accept-language', value:
          '(?!(?:\\s*(?:[zZ][hH][-_](?:[hH][aA][nN][tT]|[hH][kK]|[tT][wW]|[mM][oO])|[yY][uU][eE])(?:[-_][^,;]*)?\\s*(?:,.*)?|\\s*[zZ][hH](?:[-_][^,;]*)?\\s*(?:,.*)?|\\s*[eE][nN](?:[-_][^,;]*)?\\s*(?:,.*)?)$).*' }],
      missing: [{ type: 'cookie', key: 'NEXT_LOCALE' }],
    },
    { source: '/packages/:id([1-9]\\d{0,11})', has: [{ type: 'cookie', key: 'NEXT_LOCALE', value: '(?!(?:en|zh-CN|zh-HK)$).*' }] },
    { source: '/packages/:id([1-9]\\d{0,11})', has: [{ type: 'cookie', key: 'currency', value: '(?!(?:CNY|EUR|GBP|HKD|JPY|SGD|USD)$).*' }] },
    // A request with a body (BODY_HEADERS): an order form or a server action, on any cached address.
    { source: '/', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/countries/:mcc(\\d{3})', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/packages/:id([1-9]\\d{0,11})', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/countries/:mcc(\\d{3})', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/packages/:id([1-9]\\d{0,11})', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
