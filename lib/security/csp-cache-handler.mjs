// @ts-check
/**
 * Next's ISR cache handler for `next start` (`cacheHandler` in `next.config.mjs`, an absolute path:
 * a relative one is taken from `.next/`). It exists so that the pages served from Next's cache (the
 * static home and country pages) get a strict Content-Security-Policy: they cannot go through
 * `proxy.ts` for a per-request nonce, so each cached `APP_PAGE` entry gets a hash-only policy of its
 * own html (`stampStaticCsp`), which Next sends with the entry's other headers. No other CSP may
 * reach those responses (neither the proxy nor `headers()`): browsers enforce every policy sent.
 *
 * - `set` stamps the very object Next passes to it: Next serves the first render (a `MISS`) from
 *   that object after `set`, so a copy would go out without the header.
 * - `get` stamps what the file-system cache hands out: build-time prerenders (written before this
 *   handler runs, since `next build` does not load it) and entries read back from disk.
 *
 * It relies on a PRIVATE Next path, `next/dist/server/lib/incremental-cache/file-system-cache`
 * (Next is pinned exactly in package.json). It must be the CommonJS build under `dist/server`, not
 * `dist/esm`: Next's runtime uses that build's tag manifest and memory cache, so `revalidatePath`
 * and `revalidateTag` reach this handler's entries. `security-headers.spec.ts` compares a served
 * static page's hashes with its body, and `csp-cache-handler.test.ts` loads this file, so an upgrade
 * that moves or changes the class fails the tests.
 *
 * ESM, not CommonJS: Next loads `cacheHandler` with `import()` and takes `default` (`next-server.js`,
 * the app-page runtime, `export/helpers/create-incremental-cache.js`), and ESM can import the `.mjs`
 * policy builders on every Node the shop supports (`require()` of ESM needs Node 20.19 or later).
 */
import { createRequire } from 'node:module';
import { stripRequestQuery } from './copy-without-query.mjs';
import { stampStaticCsp } from './static-csp.mjs';

const require = createRequire(import.meta.url);
/** @type {new (...args: any[]) => { get(...args: any[]): Promise<any>; set(...args: any[]): Promise<void> }} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

export { stampStaticCsp };

const prepared = new WeakSet();

/**
 * Everything a copy needs before anyone gets it: no trace of the request that rendered it, then
 * the policy of its own scripts, and a `Vary` that a shared cache in front must honour (a catalog
 * copy is chosen by the currency cookie; Next's own Vary names only its router headers).
 *
 * @param {unknown} value
 */
function prepare(value) {
  // Once per entry: the file-system cache hands out the same object on every hit.
  if (!value || typeof value !== 'object' || prepared.has(value)) return;
  prepared.add(value);
  stripRequestQuery(value);
  stampStaticCsp(value);
  if (value && typeof value === 'object' && 'kind' in value && value.kind === 'APP_PAGE') {
    const page = /** @type {{ headers?: Record<string, unknown> }} */ (value);
    page.headers = { ...page.headers, vary: 'Cookie' };
  }
}

/** @param {unknown} data */
function isNotFoundPage(data) {
  return typeof data === 'object' && data !== null && 'kind' in data && data.kind === 'APP_PAGE' && 'status' in data && data.status === 404;
}

export default class CspCacheHandler extends FileSystemCache {
  /** @param {any[]} args */
  async get(...args) {
    const entry = await super.get(...args);
    if (entry) prepare(entry.value);
    return entry;
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {any[]} rest
   */
  async set(key, data, ...rest) {
    // First, kept or not: Next serves this render from `data` itself (a 404 as much as a page).
    prepare(data);
    // A page that answered 404 is kept only in place of a page that was there (a country taken off
    // sale, so the old page is not served on). For an address that never had one, every address a
    // stranger makes up would stay on disk: Next renders that 404 again on each request instead.
    if (isNotFoundPage(data) && !(await this.#hasPage(key, rest[0]))) return;
    return super.set(key, data, ...rest);
  }

  /**
   * @param {string} key
   * @param {any} context the `set` context
   */
  async #hasPage(key, context) {
    const entry = await super.get(key, { kind: 'APP_PAGE', isRoutePPREnabled: Boolean(context?.isRoutePPREnabled), isFallback: false });
    return Boolean(entry?.value);
  }
}
