import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';

export { stampStaticCsp } from './static-csp.mjs';

/** Next's file-system ISR cache, giving every cached `APP_PAGE` entry its hash-only CSP on `get` and `set`. */
export default class CspCacheHandler extends FileSystemCache {}
