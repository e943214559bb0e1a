// @ts-check
// Plain JavaScript: `next.config.mjs` imports this with Node's own loader, which cannot read TypeScript.

/**
 * The catalog's addresses. The language is in the path (`/en`, `/zh-HK/countries/440`,
 * `/zh-CN/packages/1000000`); the currency is the visitor's cookie. A plain view is served from
 * Next's cache (`/catalog/<locale>/<currency>/…`) by the rewrites below, so `proxy.ts` does not run
 * for it: a proxy in the path costs a cached page about half its throughput (docs/static-catalog.md).
 * A query that changes the view (a sort, a filter, a later page, the sign-out notice, a package's
 * retry), a request with a body (`BODY_HEADERS`) and a currency with no copies of its own
 * (`CACHED_CURRENCIES`) are rendered per request, with the proxy's nonce; the proxy's matcher is
 * the exact complement of the rewrites (`lib/catalog/cached-routes.test.ts`).
 *
 * The addresses from before the language was in the path (`/`, `/countries/440`, `/packages/…`)
 * are answered by the proxy with a redirect to the visitor's language (`legacyCatalogAddress`).
 */

/** Must equal `locales` in `lib/i18n/locales.ts` (tested). */
export const CATALOG_LOCALES = ['en', 'zh-CN', 'zh-HK'];
const LOCALE_PATTERN = CATALOG_LOCALES.join('|');
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const CURRENCY_COOKIE = 'currency';
/** In a cached copy's address when the visitor has chosen no currency: the language's default applies. */
export const NO_CURRENCY_CHOSEN = 'auto';
/**
 * The currencies with cached copies of their own: those the shop knows the provider prices in (the
 * sandbox's). A visitor who chose another currency gets the page rendered per request, in that
 * currency. Every copy Next renders is kept on disk, so the copies must be a bounded set, whatever
 * cookie a request brings. `proxy.ts` writes this list out in its matcher (tested).
 */
export const CACHED_CURRENCIES = ['CNY', 'EUR', 'GBP', 'HKD', 'JPY', 'SGD', 'USD'];
const CACHED_CURRENCY_PATTERN = CACHED_CURRENCIES.join('|');

/**
 * @param {unknown} code
 * @returns {code is string}
 */
export function hasCachedCopies(code) {
  return typeof code === 'string' && CACHED_CURRENCIES.includes(code);
}
/** Where the cached copies live. Only the rewrites reach them: `proxy.ts` sends a request for one of these addresses to its public address. */
export const CACHED_PREFIX = '/catalog';

export const CACHED_CATALOG_ROUTES = [
  { source: `/:locale(${LOCALE_PATTERN})`, pattern: /^\/(en|zh-CN|zh-HK)$/, target: '', perRequestQuery: ['signedOut'] },
  {
    source: `/:locale(${LOCALE_PATTERN})/countries/:mcc(\\d{3})`,
    pattern: /^\/(en|zh-CN|zh-HK)\/countries\/\d{3}$/,
    target: '/countries/:mcc',
    perRequestQuery: ['sort', 'data', 'validity', 'page'],
  },
  {
    source: `/:locale(${LOCALE_PATTERN})/packages/:id([1-9]\\d{0,11})`,
    pattern: /^\/(en|zh-CN|zh-HK)\/packages\/[1-9]\d{0,11}$/,
    target: '/packages/:id',
    // The retry after the provider failed: read fresh, not the copy that showed the failure.
    perRequestQuery: ['retry'],
  },
];

/** The catalog's addresses before the language was in the path: each now redirects to a language's. */
const LEGACY_PATTERN = /^\/(?:countries\/\d{3}|packages\/[1-9]\d{0,11})?$/;

/**
 * The language's address for an address from before the language was in the path
 * (`/countries/440` → `/zh-HK/countries/440`, `/` → `/zh-HK`), or undefined for any other path.
 *
 * @param {string} pathname
 * @param {string} locale
 * @returns {string | undefined}
 */
export function legacyCatalogAddress(pathname, locale) {
  if (!LEGACY_PATTERN.test(pathname)) return undefined;
  return pathname === '/' ? `/${locale}` : `/${locale}${pathname}`;
}

/**
 * The public address of a cached copy's address: `/catalog/en/USD/countries/440` → `/en/countries/440`,
 * `/catalog/zh-HK/auto` → `/zh-HK`; anything else under the prefix → `/`.
 *
 * @param {string} pathname
 * @returns {string}
 */
export function publicCatalogAddress(pathname) {
  const [, , locale = '', , ...rest] = pathname.split('/');
  const address = `/${[locale, ...rest].join('/')}`.replace(/\/$/, '');
  return CACHED_CATALOG_ROUTES.some(({ pattern }) => pattern.test(address)) ? address : '/';
}

/**
 * A request with a body (an order form sent without JavaScript, a server action) is never served by
 * a copy: it goes to the proxy, which renders the page per request with the nonce. A copy's policy
 * has only the hashes of the copy's own scripts, and an action's answer is not the copy. A server
 * action may come without a Content-Type: its `next-action` header marks it too, so that it meets
 * the proxy's body limit.
 */
export const BODY_HEADERS = ['content-type', 'next-action'];

/**
 * @param {Headers} headers
 * @returns {boolean}
 */
export function hasBody(headers) {
  return BODY_HEADERS.some((name) => headers.has(name));
}

/**
 * The language of a catalog address (`/zh-HK/countries/440` → `zh-HK`), or undefined when the path
 * is not a language's catalog page.
 *
 * @param {string} pathname
 * @returns {string | undefined}
 */
export function catalogAddressLocale(pathname) {
  if (!CACHED_CATALOG_ROUTES.some(({ pattern }) => pattern.test(pathname))) return undefined;
  return pathname.split('/')[1];
}

/** @typedef {{ type: 'query' | 'cookie' | 'header'; key: string; value?: string }} Condition */
/** @typedef {{ source: string; destination: string; has?: Condition[]; missing?: Condition[] }} Rewrite */

/**
 * For `rewrites().beforeFiles`: two per page, whatever the number of languages and currencies (the
 * language comes from the path, the currency from its cookie).
 *
 * @returns {Rewrite[]}
 */
export function cachedCatalogRewrites() {
  const knownCurrency = { type: 'cookie', key: CURRENCY_COOKIE, value: `(?<currency>${CACHED_CURRENCY_PATTERN})` };
  const anyCurrency = { type: 'cookie', key: CURRENCY_COOKIE };
  return CACHED_CATALOG_ROUTES.flatMap(({ source, target, perRequestQuery }) => {
    /** @type {Condition[]} */
    const plain = [
      ...perRequestQuery.map((key) => ({ type: 'query', key })),
      ...BODY_HEADERS.map((key) => ({ type: 'header', key })),
    ];
    /** @type {Rewrite[]} */
    const rewrites = [
      { source, has: [knownCurrency], missing: plain, destination: `${CACHED_PREFIX}/:locale/:currency${target}` },
      { source, missing: [...plain, anyCurrency], destination: `${CACHED_PREFIX}/:locale/${NO_CURRENCY_CHOSEN}${target}` },
    ];
    return rewrites;
  });
}
