import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, SANDBOX_DEFAULTS } from '@/lib/env';

describe('parseEnv', () => {
  it('runs on the built-in sandbox with no setting at all, logging in to the seeded account', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      sandbox: true,
      baseUrl: 'http://127.0.0.1:3000/api/sandbox',
      accessToken: undefined,
      credentials: { email: SANDBOX_DEFAULTS.email, password: SANDBOX_DEFAULTS.password },
      partnerCode: '1000000005',
      timeoutMs: 10_000,
      maxQuantity: 10,
      supportEmail: 'support@esim-qr-mall.test',
      callLogLimit: 5000,
      // Reached directly unless told otherwise: X-Forwarded-For is then whatever the client wrote.
      trustedProxyCount: 0,
    });
  });

  it('trusts X-Forwarded-For only for the proxies it is told of', () => {
    expect(parseEnv({ TRUSTED_PROXY_COUNT: '0' }).trustedProxyCount).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_COUNT: '2' }).trustedProxyCount).toBe(2);
  });

  it('limits wrong passwords per account and address, and per account from browsers new to it', () => {
    expect(parseEnv({}).rateLimits.signIn).toEqual({ perClientPerMinute: 20, perClientAndAccountPerMinute: 5, perAccountPerHour: 30 });
    expect(
      parseEnv({ RATE_LIMIT_SIGNINS_PER_ACCOUNT_PER_MINUTE: '3', RATE_LIMIT_SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR: '100' }).rateLimits.signIn,
    ).toEqual({ perClientPerMinute: 20, perClientAndAccountPerMinute: 3, perAccountPerHour: 100 });
  });

  it('shows the configured support address', () => {
    expect(parseEnv({ SHOP_SUPPORT_EMAIL: ' help@shop.example ' }).supportEmail).toBe('help@shop.example');
  });

  it('treats blank values (a copied .env.example) as unset', () => {
    expect(parseEnv({ LINKSFIELD_BASE_URL: '', LINKSFIELD_TIMEOUT_MS: '', PORT: ' ' }).sandbox).toBe(true);
  });

  it('uses a configured token instead of logging in, and follows PORT', () => {
    const env = parseEnv({ LINKSFIELD_ACCESS_TOKEN: 'chosen-secret-123', PORT: '3100' });
    expect(env.credentials).toBeUndefined();
    expect(env.accessToken).toBe('chosen-secret-123');
    expect(env.baseUrl).toBe('http://127.0.0.1:3100/api/sandbox');
  });

  it('switches to a real upstream with just the base URL, the token and the partner code', () => {
    const env = parseEnv({
      LINKSFIELD_BASE_URL: 'https://api-uat.io.linksfield.net/cube/v4/',
      LINKSFIELD_ACCESS_TOKEN: 'uat-token-abcdef',
      LINKSFIELD_PARTNER_CODE: 'P123',
      SESSION_SECRET: 'a'.repeat(32),
    });
    expect(env).toMatchObject({ sandbox: false, baseUrl: 'https://api-uat.io.linksfield.net/cube/v4', partnerCode: 'P123' });
    expect(env.credentials).toBeUndefined();
    expect(env.sessionCookieSecure).toBe(true);
    // No staff secret with a real upstream: the console stays off.
    expect(env.staffPassword).toBeUndefined();
  });

  it('opens the staff console on the sandbox with its documented password, or the configured one', () => {
    expect(parseEnv({}).staffPassword).toBe(SANDBOX_DEFAULTS.staffPassword);
    expect(parseEnv({ STAFF_PASSWORD: 'a-long-staff-secret' }).staffPassword).toBe('a-long-staff-secret');
  });

  it.each([
    [{ LINKSFIELD_BASE_URL: 'not a url' }, 'LINKSFIELD_BASE_URL'],
    [{ LINKSFIELD_BASE_URL: 'https://uat.example', LINKSFIELD_ACCESS_TOKEN: 'token-123456' }, 'LINKSFIELD_PARTNER_CODE'],
    [{ LINKSFIELD_BASE_URL: 'https://uat.example', LINKSFIELD_PARTNER_CODE: 'P1' }, 'LINKSFIELD_ACCESS_TOKEN'],
    [{ LINKSFIELD_EMAIL: 'shop@example.com' }, 'LINKSFIELD_PASSWORD'],
    [{ LINKSFIELD_EMAIL: 'nope' , LINKSFIELD_PASSWORD: 'x' }, 'LINKSFIELD_EMAIL'],
    [{ LINKSFIELD_TIMEOUT_MS: 'soon' }, 'LINKSFIELD_TIMEOUT_MS'],
    [{ SHOP_MAX_QUANTITY: '0' }, 'SHOP_MAX_QUANTITY'],
    [{ SHOP_SUPPORT_EMAIL: 'help at shop' }, 'SHOP_SUPPORT_EMAIL'],
    [{ LINKSFIELD_ACCESS_TOKEN: 'short' }, 'LINKSFIELD_ACCESS_TOKEN'],
    [{ LINKSFIELD_BASE_URL: 'https://uat.example', LINKSFIELD_PARTNER_CODE: 'P1', LINKSFIELD_ACCESS_TOKEN: 'token-123456' }, 'SESSION_SECRET'],
    [{ SESSION_SECRET: 'too-short' }, 'SESSION_SECRET'],
    [{ STAFF_PASSWORD: 'short' }, 'STAFF_PASSWORD'],
    [{ DATABASE_URL: 'mysql://x@localhost/db' }, 'DATABASE_URL'],
    [{ CALL_LOG_LIMIT: '0' }, 'CALL_LOG_LIMIT'],
    [{ CALL_LOG_LIMIT: '5k' }, 'CALL_LOG_LIMIT'],
    [{ TRUSTED_PROXY_COUNT: '-1' }, 'TRUSTED_PROXY_COUNT'],
    [{ TRUSTED_PROXY_COUNT: '11' }, 'TRUSTED_PROXY_COUNT'],
    [{ RATE_LIMIT_SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR: '0' }, 'RATE_LIMIT_SIGNIN_FAILURES_PER_ACCOUNT_PER_HOUR'],
  ])('refuses %j with a message naming %s', (source, name) => {
    expect(() => parseEnv(source)).toThrow(EnvError);
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name}:`));
  });
});
