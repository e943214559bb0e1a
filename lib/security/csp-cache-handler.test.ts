import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CspCacheHandler, { stampStaticCsp } from '@/lib/security/csp-cache-handler.mjs';
import { buildStaticCsp, stampStaticCsp as stampFromBuilder } from '@/lib/security/static-csp.mjs';

/**
 * A cache handler as Next's incremental cache calls it. Next's own types spell the entry kinds as
 * const enums, which isolated modules cannot use: the values are these strings.
 */
type CacheHandler = {
  get(key: string, context: object): Promise<{ value: unknown } | null>;
  set(key: string, data: object, context: object): Promise<void>;
};
type CacheHandlerClass = new (options: object) => CacheHandler;

// The same private module the handler extends: if a Next upgrade moves it, this test fails.
const require = createRequire(import.meta.url);
const FileSystemCache: CacheHandlerClass = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { nodeFs }: typeof import('next/dist/server/lib/node-fs-methods') = require('next/dist/server/lib/node-fs-methods');
const Handler = CspCacheHandler as unknown as CacheHandlerClass;

const HTML =
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script></head>' +
  '<body><p>Destinations</p><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';
const context = (kind: 'APP_PAGE' | 'APP_ROUTE') => ({
  kind,
  isRoutePPREnabled: false,
  isFallback: false,
  cacheControl: { revalidate: 60, expire: undefined },
});
const CONTEXT = context('APP_PAGE');

function appPage(html = HTML) {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from('0:{}\n'),
    headers: { 'x-next-cache-tags': '_N_T_/layout' } as Record<string, string>,
    status: 200,
    postponed: undefined,
    segmentData: undefined,
  };
}

describe('CspCacheHandler', () => {
  let serverDistDir = '';
  // No memory cache: every `get` reads the entry back from disk, as after a restart.
  const options = () => ({ fs: nodeFs, serverDistDir, flushToDisk: true, revalidatedTags: [], _requestHeaders: {} });

  beforeEach(() => {
    serverDistDir = mkdtempSync(path.join(tmpdir(), 'csp-cache-handler-'));
  });
  afterEach(() => rmSync(serverDistDir, { recursive: true, force: true }));

  it("is Next's file-system cache, and exports the stamping", () => {
    expect(new Handler(options())).toBeInstanceOf(FileSystemCache);
    expect(stampStaticCsp).toBe(stampFromBuilder);
  });

  it('stamps the object given to set, before it is stored: the first (MISS) response is served from it', async () => {
    const value = appPage();
    await new Handler(options()).set('/index', value, CONTEXT);
    // A shared cache in front keeps a copy per Cookie header: a catalog copy is chosen by the currency cookie.
    expect(value.headers).toEqual({ 'x-next-cache-tags': '_N_T_/layout', 'content-security-policy': buildStaticCsp(HTML), vary: 'Cookie' });
    // And it is stored with the header.
    const stored = await new FileSystemCache(options()).get('/index', CONTEXT);
    expect(stored?.value).toMatchObject({ headers: { 'content-security-policy': buildStaticCsp(HTML) } });
  });

  it('stamps what get returns: entries written without the handler, such as build-time prerenders', async () => {
    await new FileSystemCache(options()).set('/index', appPage(), CONTEXT);
    const plain = await new FileSystemCache(options()).get('/index', CONTEXT);
    expect(plain?.value).toMatchObject({ kind: 'APP_PAGE' });
    expect((plain?.value as { headers?: Record<string, string> }).headers?.['content-security-policy']).toBeUndefined();

    const entry = await new Handler(options()).get('/index', CONTEXT);
    expect(entry?.value).toMatchObject({
      kind: 'APP_PAGE',
      html: HTML,
      headers: { 'x-next-cache-tags': '_N_T_/layout', 'content-security-policy': buildStaticCsp(HTML) },
    });
  });

  it('keeps a 404 only in place of a page that was there: an address nobody had would stay on disk', async () => {
    const handler = new Handler(options());
    await handler.set('/catalog/en/auto/countries/999', { ...appPage(), status: 404 }, CONTEXT);
    expect(await new FileSystemCache(options()).get('/catalog/en/auto/countries/999', CONTEXT)).toBeNull();
    expect(await handler.get('/catalog/en/auto/countries/999', CONTEXT)).toBeNull();

    // A country on sale is kept; taken off sale, its 404 replaces it, or the old page would be served on.
    await handler.set('/catalog/en/auto/countries/440', appPage(), CONTEXT);
    expect(await new FileSystemCache(options()).get('/catalog/en/auto/countries/440', CONTEXT)).toMatchObject({ value: { status: 200 } });
    await handler.set('/catalog/en/auto/countries/440', { ...appPage(), status: 404 }, CONTEXT);
    expect(await new FileSystemCache(options()).get('/catalog/en/auto/countries/440', CONTEXT)).toMatchObject({ value: { status: 404 } });
  });

  it('gives every 404 it is handed the policy and no-store, kept or not: Next serves that very object', async () => {
    const handler = new Handler(options());
    // An address that never had a page: not kept, yet the response is made from this object.
    const missing = { ...appPage(), status: 404 };
    await handler.set('/catalog/en/auto/packages/999999999999', missing, CONTEXT);
    expect(missing.headers).toEqual({
      'x-next-cache-tags': '_N_T_/layout',
      'content-security-policy': buildStaticCsp(HTML),
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      vary: 'Cookie',
    });

    // A page taken off sale: its 404 is kept, and served from the cache with the same headers.
    await handler.set('/catalog/en/auto/countries/440', appPage(), CONTEXT);
    await handler.set('/catalog/en/auto/countries/440', { ...appPage(), status: 404 }, CONTEXT);
    const kept = await new Handler(options()).get('/catalog/en/auto/countries/440', CONTEXT);
    expect(kept?.value).toMatchObject({
      status: 404,
      headers: {
        'content-security-policy': buildStaticCsp(HTML),
        'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      },
    });
    // A page that is there keeps Next's own caching (s-maxage from `revalidate`).
    await handler.set('/catalog/en/auto', appPage(), CONTEXT);
    const page = await new Handler(options()).get('/catalog/en/auto', CONTEXT);
    expect((page?.value as { headers: Record<string, string> }).headers['cache-control']).toBeUndefined();
  });

  it('returns nothing for a missing entry, and leaves other kinds alone', async () => {
    const handler = new Handler(options());
    expect(await handler.get('/nothing', CONTEXT)).toBeNull();
    const route = { kind: 'APP_ROUTE', body: Buffer.from(HTML), status: 200, headers: { 'content-type': 'text/html' } };
    await handler.set('/route', route, context('APP_ROUTE'));
    expect(route.headers).toEqual({ 'content-type': 'text/html' });
  });
});
