// @ts-check
// Plain JavaScript: `next.config.mjs` imports this with Node's own loader, which cannot read TypeScript.

/**
 * The catalog addresses served from Next's cache, and the rules that send each request either to
 * its cached copy (`/catalog/<locale>/<currency>/…`) or to the page rendered per request.
 *
 * A request goes to the cached copy by one of two ways, and never by both:
 * - the rewrites below, in `next.config.mjs`, when its cookies say which copy (or when it names no
 *   language at all), so that `proxy.ts` does not run: a proxy in the path halves how many
 *   requests a cached page serves (docs/static-catalog.md);
 * - `proxy.ts` otherwise: the language comes from Accept-Language, or a cookie holds a value the
 *   shop does not know. It names the copy in a request header (`CATALOG_COPY_HEADER`) for the
 *   first rewrite. Its matcher is the exact complement of the other rewrites, checked by
 *   `lib/catalog/cached-routes.test.ts`.
 * A query that changes the view (a sort, a filter, a later page, the sign-out notice, a package's
 * retry), a request with a body (`BODY_HEADERS`) and a currency with no copies of its own
 * (`CACHED_CURRENCIES`) are rendered per request, with the proxy's nonce. The copies' own addresses
 * answer only through the rewrites.
 */

/** Must equal `locales` in `lib/i18n/locales.ts` (tested). */
export const CATALOG_LOCALES = ['en', 'zh-CN', 'zh-HK'];
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const CURRENCY_COOKIE = 'currency';
/** In a cached copy's address when the visitor has chosen no currency: the language's default applies. */
export const NO_CURRENCY_CHOSEN = 'auto';
/**
 * The currencies with cached copies of their own: those the shop knows the provider prices in (the
 * sandbox's). A visitor who chose another currency gets the page rendered per request, in that
 * currency. Every copy Next renders is kept on disk, so the copies must be a bounded set, whatever
 * cookie or header a request brings. `proxy.ts` writes this list out in its matcher (tested).
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
/**
 * Names the copy `proxy.ts` chose (`zh-HK/auto`) for the first rewrite below. A visitor who sends
 * it chooses their own copy, which is no more than the cookies allow.
 */
export const CATALOG_COPY_HEADER = 'x-catalog-copy';
/** Where the cached copies live. Only the rewrites reach them: `proxy.ts` sends a request for one of these addresses to its public address. */
export const CACHED_PREFIX = '/catalog';

/**
 * The public address of a cached copy's address: `/catalog/en/USD/countries/440` → `/countries/440`,
 * `/catalog/en/auto/packages/1000000` → `/packages/1000000`,
 * `/catalog/zh-HK/auto` → `/`; anything else under the prefix → `/`.
 *
 * @param {string} pathname
 * @returns {string}
 */
export function publicCatalogAddress(pathname) {
  const rest = pathname.split('/').slice(4).join('/');
  return rest === '' || !CACHED_CATALOG_ROUTES.some(({ pattern }) => pattern.test(`/${rest}`)) ? '/' : `/${rest}`;
}

export const CACHED_CATALOG_ROUTES = [
  { source: '/', pattern: /^\/$/, target: '', perRequestQuery: ['signedOut'] },
  {
    source: '/countries/:mcc(\\d{3})',
    pattern: /^\/countries\/\d{3}$/,
    target: '/countries/:mcc',
    perRequestQuery: ['sort', 'data', 'validity', 'page'],
  },
  {
    source: '/packages/:id([1-9]\\d{0,11})',
    pattern: /^\/packages\/[1-9]\d{0,11}$/,
    target: '/packages/:id',
    // The retry after the provider failed: read fresh, not the copy that showed the failure.
    perRequestQuery: ['retry'],
  },
];

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
 * For `proxy.ts`: where in the cached copies a request for `pathname` with `query` belongs
 * (`` for the home page, `/countries/440`, `/packages/1000000`), or undefined when it is rendered per
 * request.
 *
 * @param {string} pathname
 * @param {URLSearchParams} query
 * @returns {string | undefined}
 */
export function cachedCatalogTarget(pathname, query) {
  const route = CACHED_CATALOG_ROUTES.find(({ pattern }) => pattern.test(pathname));
  if (!route || route.perRequestQuery.some((key) => query.has(key))) return undefined;
  return pathname === '/' ? '' : pathname;
}

/**
 * Accept-Language headers whose first language (without a q-value, so it is the visitor's first
 * choice) is one of the shop's, as `has` values (Next anchors them, case matters, hence the
 * classes). They give what `negotiateLocale` gives, so the rewrites can choose the copy without the
 * proxy; any other header goes to the proxy, which negotiates in full. Order matters: Traditional
 * Chinese before other Chinese; English first, as the most common (Next compiles each `has`
 * pattern again on every request it tries). `proxy.ts` repeats their union in its matcher (tested).
 */
const REST = '(?:[-_][^,;]*)?\\s*(?:,.*)?';
export const FIRST_LANGUAGE_PATTERNS = [
  { locale: 'en', pattern: `\\s*[eE][nN]${REST}` },
  { locale: 'zh-HK', pattern: `\\s*(?:[zZ][hH][-_](?:[hH][aA][nN][tT]|[hH][kK]|[tT][wW]|[mM][oO])|[yY][uU][eE])${REST}` },
  { locale: 'zh-CN', pattern: `\\s*[zZ][hH]${REST}` },
];

/** @typedef {{ type: 'query' | 'cookie' | 'header'; key: string; value?: string }} Condition */
/** @typedef {{ source: string; destination: string; has?: Condition[]; missing?: Condition[] }} Rewrite */

/** @returns {Rewrite[]} for `rewrites().beforeFiles` */
export function cachedCatalogRewrites() {
  const knownLocale = { type: 'cookie', key: LOCALE_COOKIE, value: `(?<locale>${CATALOG_LOCALES.join('|')})` };
  const knownCurrency = { type: 'cookie', key: CURRENCY_COOKIE, value: `(?<currency>${CACHED_CURRENCY_PATTERN})` };
  const anyLocale = { type: 'cookie', key: LOCALE_COOKIE };
  const anyCurrency = { type: 'cookie', key: CURRENCY_COOKIE };
  const languageHeader = { type: 'header', key: 'accept-language' };
  return CACHED_CATALOG_ROUTES.flatMap(({ source, target, perRequestQuery }) => {
    /** @type {Condition[]} */
    const plain = [
      ...perRequestQuery.map((key) => ({ type: 'query', key })),
      ...BODY_HEADERS.map((key) => ({ type: 'header', key })),
    ];
    /** @type {Rewrite[]} */
    const rewrites = [
      {
        source,
        has: [{ type: 'header', key: CATALOG_COPY_HEADER, value: `(?<locale>${CATALOG_LOCALES.join('|')})/(?<currency>${CACHED_CURRENCY_PATTERN}|${NO_CURRENCY_CHOSEN})` }],
        missing: plain,
        destination: `${CACHED_PREFIX}/:locale/:currency${target}`,
      },
      { source, has: [knownLocale, knownCurrency], missing: plain, destination: `${CACHED_PREFIX}/:locale/:currency${target}` },
      { source, has: [knownLocale], missing: [...plain, anyCurrency], destination: `${CACHED_PREFIX}/:locale/${NO_CURRENCY_CHOSEN}${target}` },
      // No cookie, and a first language the shop speaks.
      ...FIRST_LANGUAGE_PATTERNS.flatMap(({ locale, pattern }) => {
        const header = { type: 'header', key: 'accept-language', value: pattern };
        /** @type {Rewrite[]} */
        const byHeader = [
          // The cookie first: without one, Next stops before compiling the long header pattern.
          { source, has: [knownCurrency, header], missing: [...plain, anyLocale], destination: `${CACHED_PREFIX}/${locale}/:currency${target}` },
          { source, has: [header], missing: [...plain, anyLocale, anyCurrency], destination: `${CACHED_PREFIX}/${locale}/${NO_CURRENCY_CHOSEN}${target}` },
        ];
        return byHeader;
      }),
      // No language asked for at all (no cookie, no Accept-Language): the shop's default, English.
      { source, has: [knownCurrency], missing: [...plain, anyLocale, languageHeader], destination: `${CACHED_PREFIX}/en/:currency${target}` },
      { source, missing: [...plain, anyLocale, anyCurrency, languageHeader], destination: `${CACHED_PREFIX}/en/${NO_CURRENCY_CHOSEN}${target}` },
    ];
    return rewrites;
  });
}
