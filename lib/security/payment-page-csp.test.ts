import { describe, expect, it, vi } from 'vitest';
import { buildCsp } from '@/lib/security/content-security-policy';
import { isPaymentPage, PAYPAL_HOSTS, payPalSources } from '@/lib/security/payment-page-csp';

vi.mock('server-only', () => ({}));

const NONCE = 'AAAAAAAAAAAAAAAAAAAAAA==';
const paypal = (sdkBaseUrl: string | undefined) => ({
  paymentMethods: ['paypal', 'sandbox-card'] as const,
  paypal: { collects: 'provider' as const, api: undefined, sdkBaseUrl },
});

describe('the payment page policy', () => {
  it('knows the order page, with or without a language, and nothing else', () => {
    expect(isPaymentPage('/orders/abc123')).toBe(true);
    expect(isPaymentPage('/zh-HK/orders/abc123')).toBe(true);
    expect(isPaymentPage('/orders')).toBe(false);
    expect(isPaymentPage('/orders/abc/qr')).toBe(false);
    expect(isPaymentPage('/staff/orders/abc')).toBe(false);
    expect(isPaymentPage('/fr/orders/abc')).toBe(false);
    expect(isPaymentPage('/')).toBe(false);
  });

  it("allows PayPal's hosts for PayPal's own SDK, the stand-in's origin when elsewhere, none for the built-in stand-in", () => {
    expect(payPalSources(paypal(undefined))).toEqual(PAYPAL_HOSTS);
    expect(payPalSources(paypal('/api/sandbox/paypal/sdk/js'))).toEqual([]);
    expect(payPalSources(paypal('http://127.0.0.1:4010/paypal/sdk/js'))).toEqual(['http://127.0.0.1:4010']);
    expect(payPalSources({ ...paypal(undefined), paymentMethods: ['sandbox-card'] })).toEqual([]);
  });

  it('adds the hosts to scripts, calls, frames and images, and only when asked', () => {
    const plain = buildCsp({ nonce: NONCE, dev: false, https: true });
    expect(plain).not.toContain('paypal');
    expect(plain).not.toContain('frame-src');

    const policy = buildCsp({ nonce: NONCE, dev: false, https: true, thirdParty: PAYPAL_HOSTS });
    const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `))?.split(' ') ?? [];
    for (const name of ['script-src', 'connect-src', 'frame-src', 'child-src', 'img-src']) {
      expect(directive(name), name).toEqual(expect.arrayContaining(["'self'", ...PAYPAL_HOSTS]));
    }
    expect(directive('img-src')).toContain('data:');
    expect(directive('script-src')).toContain(`'nonce-${NONCE}'`);
    expect(directive('frame-ancestors')).toEqual(['frame-ancestors', "'none'"]);
    expect(directive('object-src')).toEqual(['object-src', "'none'"]);
  });

  it('refuses a host that would start another directive', () => {
    expect(() => buildCsp({ nonce: NONCE, dev: false, https: false, thirdParty: ['https://x; script-src *'] })).toThrow(/refusing/);
  });
});
