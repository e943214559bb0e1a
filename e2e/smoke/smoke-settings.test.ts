import { describe, expect, it } from 'vitest';
import { readSmokeSettings } from './smoke-settings';

describe('readSmokeSettings', () => {
  it('needs only the address; orders stay off and the report goes to smoke-report/', () => {
    expect(readSmokeSettings({ SMOKE_BASE_URL: 'https://shop.example/' })).toEqual({
      baseUrl: 'https://shop.example',
      staffPassword: undefined,
      allowOrders: false,
      reportDir: 'smoke-report',
      destination: 'Japan',
      email: 'smoke-test@example.com',
    });
  });

  it('takes SMOKE_ALLOW_ORDERS=1 only as 1, and names a wrong setting', () => {
    expect(readSmokeSettings({ SMOKE_BASE_URL: 'http://127.0.0.1:3150', SMOKE_ALLOW_ORDERS: '1' }).allowOrders).toBe(true);
    expect(() => readSmokeSettings({ SMOKE_BASE_URL: 'http://127.0.0.1:3150', SMOKE_ALLOW_ORDERS: 'yes' })).toThrow(/SMOKE_ALLOW_ORDERS/);
    expect(() => readSmokeSettings({})).toThrow(/SMOKE_BASE_URL/);
    expect(() => readSmokeSettings({ SMOKE_BASE_URL: 'shop.example' })).toThrow(/SMOKE_BASE_URL/);
  });
});
