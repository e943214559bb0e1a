import { expect, type APIResponse } from '@playwright/test';

export function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

/** The headers every response carries, from `next.config.mjs` (the e2e shop is a production build). */
export function expectStaticHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'usb=()', 'payment=(self)']) {
    expect(permissions).toContain(feature);
  }
}

/**
 * The response's one Content-Security-Policy. Browsers enforce every policy they are sent, so a
 * second one (the proxy's on a cached page, say) would block what the first allows. None allows
 * anything inline.
 */
export function cspOf(headers: { name: string; value: string }[]): string {
  const policies = headers.filter(({ name }) => name.toLowerCase() === 'content-security-policy');
  expect(policies.map(({ value }) => value), 'exactly one Content-Security-Policy header').toHaveLength(1);
  expect(policies[0]!.value).not.toContain("'unsafe-inline'");
  return policies[0]!.value;
}

/** What both page policies have in common: everything but the sources of scripts and style elements. */
export function expectSharedDirectives(policy: Map<string, string[]>) {
  expect(policy.get('default-src')).toEqual(["'self'"]);
  // No style attributes at all: nothing in the shop sets one (`style-src-attr` falls back to `style-src`).
  expect(policy.has('style-src-attr')).toBe(false);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(policy.get('font-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  // The e2e shop runs on plain http://127.0.0.1: upgrading would break every request. (A cached
  // page's policy never has it: it cannot know the scheme of the request it answers.)
  expect(policy.has('upgrade-insecure-requests')).toBe(false);
}

/** The proxy's policy: the shop's own origin only, scripts by this response's nonce. Answers the nonce. */
export function expectCsp(response: APIResponse): string {
  const policy = directives(cspOf(response.headersArray()));
  const scripts = policy.get('script-src') ?? [];
  const nonce = scripts.map((value) => /^'nonce-([A-Za-z0-9+/]+={0,2})'$/.exec(value)?.[1]).find(Boolean);
  expect(nonce, 'a nonce in script-src').toBeTruthy();
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(policy.get('style-src')).toContain("'self'");
  expectSharedDirectives(policy);
  return nonce!;
}

/**
 * The policy of an answer that is not a page of the shop (a built file, the provider sandbox, a
 * redirect, a refusal written by the proxy): it may load nothing and be framed by no one.
 */
export function expectNothingPolicy(headers: { name: string; value: string }[]) {
  const policy = directives(cspOf(headers));
  expect(policy.get('default-src')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
}

/** Nobody may keep it: not the browser, not a shared cache (no `s-maxage`, no `public`). */
export function expectNotCacheable(response: APIResponse) {
  const cacheControl = response.headers()['cache-control'] ?? '';
  expect(cacheControl, `${response.url()}: Cache-Control`).toMatch(/\bno-store\b/);
  expect(cacheControl, `${response.url()}: Cache-Control`).not.toMatch(/s-maxage|public/);
}
