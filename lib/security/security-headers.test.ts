import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security/security-headers.mjs';

const asRecord = (production: boolean) =>
  Object.fromEntries(securityHeaders({ production }).map(({ key, value }) => [key.toLowerCase(), value]));

describe('securityHeaders', () => {
  it('sets the static headers everywhere', () => {
    const headers = asRecord(false);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('turns off the powerful features the shop never uses, payment only for itself', () => {
    const features = new Map(
      asRecord(true)['permissions-policy']!.split(', ').map((entry) => entry.split('=') as [string, string]),
    );
    for (const feature of ['camera', 'microphone', 'geolocation', 'usb', 'browsing-topics']) {
      expect(features.get(feature)).toBe('()');
    }
    expect(features.get('payment')).toBe('(self)');
    // FLoC's header is gone from browsers; Chromium reports it as an unknown feature.
    expect(features.has('interest-cohort')).toBe(false);
  });

  it('sends HSTS in production only', () => {
    expect(asRecord(true)['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(asRecord(false)).not.toHaveProperty('strict-transport-security');
  });

  it('leaves the Content-Security-Policy to the proxy, which has the nonce', () => {
    expect(asRecord(true)).not.toHaveProperty('content-security-policy');
  });
});
