import { describe, expect, it } from 'vitest';
import { orderInputSchema, readOrderForm } from '@/components/order/order-input';

const valid = {
  idempotencyKey: 'AbCdEfGhIjKlMnOpQrStUv',
  packageId: '1000000',
  packageCode: 'LP20220325000000',
  currency: 'USD',
  quantity: '2',
  periods: '1',
  email: ' traveller@example.com ',
  compatible: 'on',
};
const schema = orderInputSchema({ maxQuantity: 10, maxTypedPeriods: 10_000 });
const firstIssue = (input: Record<string, unknown>) => {
  const result = schema.safeParse(input);
  return result.success ? null : { field: result.error.issues[0]?.path[0], key: result.error.issues[0]?.message };
};

describe('orderInputSchema', () => {
  it('accepts a valid form and types it', () => {
    expect(schema.parse(valid)).toEqual({
      idempotencyKey: 'AbCdEfGhIjKlMnOpQrStUv',
      packageId: 1000000,
      packageCode: 'LP20220325000000',
      currency: 'USD',
      quantity: 2,
      periods: 1,
      email: 'traveller@example.com',
      compatible: 'on',
    });
  });

  it.each([
    ['quantity', '0', 'quantity'],
    ['quantity', '-1', 'quantity'],
    ['quantity', '1.5', 'quantity'],
    ['quantity', '11', 'quantity'],
    ['quantity', '99999999999', 'quantity'],
    ['quantity', 'abc', 'quantity'],
    ['quantity', '', 'quantity'],
    ['quantity', '1e1', 'quantity'],
    ['periods', '0', 'periodsInvalid'],
    ['periods', 'two', 'periodsInvalid'],
    ['email', 'not-an-email', 'email'],
    ['email', '<script>alert(1)</script>@x.com', 'email'],
    ['email', `${'a'.repeat(250)}@example.com`, 'email'],
    ['currency', 'usd', 'currency'],
    ['currency', 'US DOLLAR', 'currency'],
    ['packageId', '0', 'tampered'],
    ['packageId', '1000000; DROP TABLE orders', 'tampered'],
    ['packageCode', '../../etc', 'tampered'],
    ['idempotencyKey', 'short', 'tampered'],
    ['idempotencyKey', '<script>alert(1)</script>xx', 'tampered'],
    ['compatible', '', 'compatible'],
    ['compatible', 'off', 'compatible'],
    ['compatible', 'true', 'compatible'],
  ])('refuses %s = %j with the %s message', (field, value, key) => {
    expect(firstIssue({ ...valid, [field]: value })).toEqual({ field, key });
  });

  it('takes a form without its key (sent before any JavaScript ran) as valid, for the review step', () => {
    for (const key of [undefined, '']) {
      expect(schema.parse({ ...valid, idempotencyKey: key }).idempotencyKey).toBeUndefined();
    }
  });

  it('refuses a missing field', () => {
    const withoutEmail: Record<string, string> = { ...valid };
    delete withoutEmail.email;
    expect(firstIssue(withoutEmail)).toEqual({ field: 'email', key: 'email' });
    // An unticked box is not sent at all.
    const unticked: Record<string, string> = { ...valid };
    delete unticked.compatible;
    expect(firstIssue(unticked)).toEqual({ field: 'compatible', key: 'compatible' });
  });
});

describe('readOrderForm', () => {
  it('keeps only the form fields, as strings', () => {
    const form = new FormData();
    form.set('quantity', '3');
    form.set('money', '0.01');
    form.set('email', new Blob(['x']));
    expect(readOrderForm(form)).toEqual({
      idempotencyKey: undefined,
      packageId: undefined,
      packageCode: undefined,
      currency: undefined,
      quantity: '3',
      periods: undefined,
      email: undefined,
      compatible: undefined,
    });
  });
});
