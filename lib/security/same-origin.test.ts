import { describe, expect, it } from 'vitest';
import { refuseCrossSite, shopHost } from '@/lib/security/same-origin';

const post = (headers: Record<string, string>) =>
  new Request('http://127.0.0.1:3000/api/staff/catalog-refresh', { method: 'POST', body: '{}', headers });

describe('shopHost', () => {
  it('is the Host header when the shop is reached directly, whatever X-Forwarded-Host says', () => {
    const headers = new Headers({ host: 'shop.example', 'x-forwarded-host': 'evil.example' });
    expect(shopHost(headers, 0)).toBe('shop.example');
  });

  it("is the nearest trusted proxy's X-Forwarded-Host, else Host", () => {
    expect(shopHost(new Headers({ host: '10.0.0.5:3000', 'x-forwarded-host': 'a.example, Shop.Example' }), 1)).toBe('shop.example');
    expect(shopHost(new Headers({ host: '10.0.0.5:3000' }), 1)).toBe('10.0.0.5:3000');
    expect(shopHost(new Headers({}), 0)).toBeUndefined();
  });
});

describe('refuseCrossSite', () => {
  const json = { host: '127.0.0.1:3000', 'content-type': 'application/json' };

  it("lets JSON from the shop's own origin through", () => {
    expect(refuseCrossSite(post({ ...json, origin: 'http://127.0.0.1:3000' }), 0)).toBeUndefined();
    expect(refuseCrossSite(post({ ...json, origin: 'http://127.0.0.1:3000', 'content-type': 'application/json; charset=utf-8' }), 0)).toBeUndefined();
    const proxied = { 'content-type': 'application/json', host: '10.0.0.5:3000', 'x-forwarded-host': 'shop.example' };
    expect(refuseCrossSite(post({ ...proxied, origin: 'https://shop.example' }), 1)).toBeUndefined();
  });

  it.each([
    ['another port of the same site', { ...json, origin: 'http://127.0.0.1:3001' }],
    ['another site', { ...json, origin: 'https://evil.example' }],
    ['a look-alike', { ...json, origin: 'http://127.0.0.1:3000.evil.example' }],
    ['no Origin', json],
    ['an opaque origin', { ...json, origin: 'null' }],
    ['a broken Origin', { ...json, origin: 'http://[' }],
    ['a forged X-Forwarded-Host with no proxy trusted', { ...json, origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' }],
  ])('answers 403 to %s', async (_, headers) => {
    const refusal = refuseCrossSite(post(headers), 0);
    expect(refusal?.status).toBe(403);
    expect(await refusal?.json()).toEqual({ ok: false, error: expect.stringContaining('origin') });
  });

  it.each(['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'answers 415 to %s from the shop itself',
    async (contentType) => {
      const refusal = refuseCrossSite(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'content-type': contentType }), 0);
      expect(refusal?.status).toBe(415);
      expect(await refusal?.json()).toEqual({ ok: false, error: expect.stringContaining('application/json') });
    },
  );
});
