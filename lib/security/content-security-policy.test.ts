import { describe, expect, it } from 'vitest';
import { buildCsp, createNonce } from '@/lib/security/content-security-policy';

const nonce = 'AAAAAAAAAAAAAAAAAAAAAA==';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('buildCsp', () => {
  it('allows only the shop itself, scripts by nonce, in production over http', () => {
    expect(buildCsp({ nonce, dev: false, https: false })).toBe(
      "default-src 'self'; " +
        `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; ` +
        `style-src 'self' 'nonce-${nonce}'; ` +
        "img-src 'self' data: blob:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'",
    );
  });

  it('never lets inline or eval scripts run in production', () => {
    const scripts = directives(buildCsp({ nonce, dev: false, https: true })).get('script-src');
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("allows nothing inline in production, style attributes included (no style-src-attr: it falls back to style-src)", () => {
    for (const https of [false, true]) {
      const policy = buildCsp({ nonce, dev: false, https });
      expect(policy).not.toContain("'unsafe-inline'");
      expect(directives(policy).has('style-src-attr')).toBe(false);
    }
  });

  it('upgrades insecure requests only in production over https', () => {
    expect(directives(buildCsp({ nonce, dev: false, https: true })).has('upgrade-insecure-requests')).toBe(true);
    expect(directives(buildCsp({ nonce, dev: false, https: false })).has('upgrade-insecure-requests')).toBe(false);
    expect(directives(buildCsp({ nonce, dev: true, https: true })).has('upgrade-insecure-requests')).toBe(false);
  });

  it("adds 'unsafe-eval' for React in development, and dev's nonce-less styles", () => {
    const policy = directives(buildCsp({ nonce, dev: true, https: false }));
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('refuses a nonce that could rewrite the policy', () => {
    expect(() => buildCsp({ nonce: "x'; script-src *", dev: false, https: false })).toThrow(/nonce/);
    expect(() => buildCsp({ nonce: 'short', dev: false, https: false })).toThrow(/nonce/);
    expect(() => buildCsp({ nonce: '', dev: false, https: false })).toThrow(/nonce/);
  });
});

describe('createNonce', () => {
  it('is base64 of 16 random bytes, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const value of nonces) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(value, 'base64')).toHaveLength(16);
      expect(() => buildCsp({ nonce: value, dev: false, https: false })).not.toThrow();
    }
  });
});
