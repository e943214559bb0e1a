/** `'sha256-…'` of the text of every `<script>` element without `src`, once each, in order. */
export declare function inlineScriptHashes(html: string): string[];

/** `'sha256-…'` of the text of every `<style>` element, once each, in order. */
export declare function inlineStyleHashes(html: string): string[];

/**
 * The hash-only policy of a page served from Next's cache: `script-src 'self'` and `style-src 'self'`
 * plus the page's hashes, every other directive as in the per-request policy.
 */
export declare function buildStaticCsp(html: string): string;

/** Next's Cache-Control for a page rendered per request: what a cached route's 404 gets. */
export declare const NOT_CACHEABLE: string;

/**
 * Sets `value.headers['content-security-policy']` of an `APP_PAGE` cache entry with html to
 * `buildStaticCsp(html)`, and a 404's `cache-control` to `NOT_CACHEABLE`, in place and once per
 * object; leaves anything else alone.
 */
export declare function stampStaticCsp(value: unknown): void;
