import { describe, expect, it } from 'vitest';
import { decideOrders } from './order-guard';

describe('decideOrders', () => {
  it('orders on the built-in sandbox, with or without SMOKE_ALLOW_ORDERS', () => {
    expect(decideOrders('sandbox', false, 'http://shop').allowed).toBe(true);
    expect(decideOrders('sandbox', true, 'http://shop').allowed).toBe(true);
  });

  it('refuses a real provider, or one it cannot tell, unless SMOKE_ALLOW_ORDERS=1', () => {
    for (const mode of ['upstream', 'unknown'] as const) {
      const refused = decideOrders(mode, false, 'https://uat.shop');
      expect(refused.allowed).toBe(false);
      expect(refused.reason).toMatch(/^Refusing to place an order: https:\/\/uat\.shop .*SMOKE_ALLOW_ORDERS=1/);
      expect(decideOrders(mode, true, 'https://uat.shop')).toMatchObject({ allowed: true, reason: expect.stringContaining('real pre-order') });
    }
  });
});
