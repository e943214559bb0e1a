import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
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

  it('skips built assets, the favicon and the provider sandbox', () => {
    for (const url of [
      '/_next/static/chunks/main.js',
      '/_next/image?url=%2Fa.png&w=64&q=75',
      '/favicon.ico',
      '/api/sandbox/v1.1/package/list',
    ]) {
      expect(matches(url), url).toBe(false);
    }
  });
});
