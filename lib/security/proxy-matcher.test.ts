import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import { NON_PAGE_SOURCES } from '@/lib/security/security-headers.mjs';
import { config } from '@/proxy';

const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe('the proxy matcher', () => {
  // The cached catalog addresses (`/`, `/countries/440` and `/packages/1000000` without a query) come
  // here only in some cases: lib/catalog/cached-routes.test.ts checks those.
  it('covers every page rendered per request (and so every server action) and the shop API', () => {
    for (const url of [
      '/?signedOut=1',
      '/countries/4400',
      '/packages/1000000?retry=1',
      '/packages/0123',
      '/packages/abc',
      '/countries/440?sort=price-asc',
      '/orders/AAAAAAAAAAAAAAAAAAAAAA',
      '/staff/sign-in',
      '/does-not-exist',
      '/api/orders/AAAAAAAAAAAAAAAAAAAAAA/status',
      '/api/sandbox-control',
      '/api/staff/export',
      '/my-esims',
    ]) {
      expect(matches(url), url).toBe(true);
    }
  });

  it('skips built assets and the provider sandbox', () => {
    for (const url of ['/_next/static/chunks/main.js', '/_next/image?url=%2Fa.png&w=64&q=75', '/api/sandbox/v1.1/package/list']) {
      expect(matches(url), url).toBe(false);
    }
  });

  it('covers the favicon: the shop has none, and its 404 page needs the nonce', () => {
    expect(matches('/favicon.ico')).toBe(true);
  });

  it('skips exactly where next.config.mjs gives its own policy, so no answer gets two', () => {
    const sources = NON_PAGE_SOURCES.map((source) => new RegExp(`^${source.replace(/:path\+/, '.+')}$`));
    const given = (path: string) => sources.some((source) => source.test(path));
    for (const path of ['/_next/static/chunks/main.js', '/_next/static/media/a.woff2', '/_next/image', '/api/sandbox/v1.1/package/list']) {
      expect(given(path), path).toBe(true);
      expect(matches(path), path).toBe(false);
    }
    for (const path of ['/api/sandbox', '/api/sandbox-control', '/favicon.ico', '/does-not-exist', '/staff/sign-in', '/_next/static']) {
      expect(given(path), path).toBe(false);
    }
  });
});
