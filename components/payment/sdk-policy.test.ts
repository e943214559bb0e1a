import { describe, expect, it } from 'vitest';
import { policyAllowsSdk } from '@/components/payment/sdk-policy';

const ORDER = 'https://shop.example/orders/AAAAAAAAAAAAAAAAAAAAAA';

describe('policyAllowsSdk', () => {
  it("lets the sandbox's stand-in in wherever the document came from: it is the shop's own origin", () => {
    expect(policyAllowsSdk('/api/sandbox/paypal/sdk/js', ORDER, 'https://shop.example/packages/1000000')).toBe(true);
    expect(policyAllowsSdk('https://shop.example/api/sandbox/paypal/sdk/js', ORDER, undefined)).toBe(true);
  });

  it("needs the order page's own document for PayPal's SDK, or one on another origin", () => {
    for (const sdk of [undefined, 'http://127.0.0.1:3100/api/sandbox/paypal/sdk/js']) {
      // Reached by the pre-order's redirect: the package page's policy is in force.
      expect(policyAllowsSdk(sdk, ORDER, 'https://shop.example/packages/1000000')).toBe(false);
      expect(policyAllowsSdk(sdk, ORDER, undefined)).toBe(false);
      // Loaded (or reloaded) as the order page, whatever its query.
      expect(policyAllowsSdk(sdk, ORDER, `${ORDER}?from=mail`)).toBe(true);
    }
  });
});
