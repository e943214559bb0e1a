// @ts-check
// Plain JavaScript: the ISR cache handler (`csp-cache-handler.mjs`) runs this under `next start`,
// with Node's own loader, which cannot read TypeScript.
import { createHash } from 'node:crypto';
import { buildPolicy } from './csp-directives.mjs';

/**
 * The policy of a page served from Next's cache (the static home and country pages). Such a page
 * is the same for everyone, so it cannot carry a per-request nonce: its inline scripts and style
 * elements are allowed by their SHA-256 instead, and `'self'` allows Next's chunk files (React
 * renders their `<script src>` tags without `integrity`, so `'strict-dynamic'` could not pass
 * trust on to them). No `'unsafe-inline'`, no `'unsafe-eval'`. Every other directive is the one
 * of the per-request policy (`buildPolicy`). No `upgrade-insecure-requests`: a cached page cannot
 * know the scheme of the request it answers, and HSTS covers production.
 *
 * @param {string} html the page exactly as it is served
 * @returns {string}
 */
export function buildStaticCsp(html) {
  return buildPolicy({
    scriptSources: inlineScriptHashes(html),
    styleSources: inlineStyleHashes(html),
    dev: false,
    https: false,
  });
}

/**
 * `'sha256-…'` of the text of every `<script>` element without `src`, once each, in order.
 *
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  return inlineHashes(html, 'script', (attributes) => !hasAttribute(attributes, 'src'));
}

/**
 * `'sha256-…'` of the text of every `<style>` element, once each, in order.
 *
 * @param {string} html
 * @returns {string[]}
 */
export function inlineStyleHashes(html) {
  return inlineHashes(html, 'style', () => true);
}

/**
 * The browser hashes an element's source text as it stands in the document (script and style are
 * raw text: no entity is decoded), encoded in UTF-8.
 *
 * @param {string} text
 * @returns {string}
 */
function sha256Source(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// Attribute values are skipped whole, quotes included, so a `>` inside one does not end the tag.
const OPENING_TAG_BODY = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;
/** @type {Record<'script' | 'style', RegExp>} */
const ELEMENT = {
  script: new RegExp(String.raw`<script(?=[\s/>])${OPENING_TAG_BODY}>([\s\S]*?)</script\s*>`, 'gi'),
  style: new RegExp(String.raw`<style(?=[\s/>])${OPENING_TAG_BODY}>([\s\S]*?)</style\s*>`, 'gi'),
};
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * @param {string} attributes the opening tag after its name
 * @param {string} name lower case
 */
function hasAttribute(attributes, name) {
  for (const [, attribute = ''] of attributes.matchAll(ATTRIBUTE)) {
    if (attribute.toLowerCase() === name) return true;
  }
  return false;
}

/**
 * @param {string} html
 * @param {'script' | 'style'} element
 * @param {(attributes: string) => boolean} inline
 * @returns {string[]}
 */
function inlineHashes(html, element, inline) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const [, attributes = '', text = ''] of html.matchAll(ELEMENT[element])) {
    if (inline(attributes)) hashes.add(sha256Source(text));
  }
  return [...hashes];
}

/** Entries already given their policy: the file-system cache hands out the same object on every hit. */
const stamped = new WeakSet();

/**
 * Next's own Cache-Control for a page rendered per request. A cached route's 404 would otherwise go
 * out with the route's `s-maxage`: a shared cache could then keep "not found" for a page that comes
 * back on sale, and every made-up address would take a place in it.
 */
export const NOT_CACHEABLE = 'private, no-cache, no-store, max-age=0, must-revalidate';

/**
 * Gives a cached page its hash policy, in place: `value.headers['content-security-policy']`, and
 * to a 404 a Cache-Control that no cache may keep (Next leaves a Cache-Control already among the
 * entry's headers alone). Only `APP_PAGE` entries with html; other headers are kept, any other
 * CSP header is replaced (a second one would be enforced as well). Runs once per object. In place
 * because Next serves the first render (a cache `MISS`) from the very object it passed to the
 * cache handler's `set`.
 *
 * @param {unknown} value a cache entry's `value`, as Next's incremental cache hands it to a handler
 * @returns {void}
 */
export function stampStaticCsp(value) {
  if (!isAppPage(value) || stamped.has(value)) return;
  const html = typeof value.html === 'string' ? value.html : new TextDecoder().decode(value.html);
  const headers = value.headers ?? {};
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || (value.status === 404 && lower === 'cache-control')) delete headers[name];
  }
  headers['content-security-policy'] = buildStaticCsp(html);
  if (value.status === 404) headers['cache-control'] = NOT_CACHEABLE;
  value.headers = headers;
  stamped.add(value);
}

/**
 * @param {unknown} value
 * @returns {value is { kind: 'APP_PAGE'; html: string | Uint8Array; status?: number; headers?: Record<string, unknown> }}
 */
function isAppPage(value) {
  if (typeof value !== 'object' || value === null) return false;
  const entry = /** @type {{ kind?: unknown; html?: unknown }} */ (value);
  return entry.kind === 'APP_PAGE' && (typeof entry.html === 'string' || entry.html instanceof Uint8Array);
}
