import { describe, expect, it } from 'vitest';
import { cardInputSchema, isFutureExpiry, passesLuhn } from '@/lib/payments/card-input';
import { createSandboxPaymentProvider, SANDBOX_CARDS } from '@/lib/payments/sandbox-payment';

const now = new Date('2026-11-26T12:00:00Z');

describe('card input', () => {
  it('checks the Luhn digit', () => {
    expect(passesLuhn(SANDBOX_CARDS.succeeds)).toBe(true);
    expect(passesLuhn(SANDBOX_CARDS.declined)).toBe(true);
    expect(passesLuhn('4242424242424241')).toBe(false);
  });
  it('accepts this month and later, refuses the past and nonsense', () => {
    expect(isFutureExpiry('11/26', now)).toBe(true);
    expect(isFutureExpiry('01/27', now)).toBe(true);
    expect(isFutureExpiry('10/26', now)).toBe(false);
    expect(isFutureExpiry('13/30', now)).toBe(false);
    expect(isFutureExpiry('1230', now)).toBe(false);
  });
  it('normalises spaces in the number and names the wrong field', () => {
    const schema = cardInputSchema(now);
    expect(schema.parse({ number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123' }).number).toBe(SANDBOX_CARDS.succeeds);
    const wrong = schema.safeParse({ number: '1234', expiry: '12/20', cvc: '12a' });
    expect(wrong.success).toBe(false);
    expect(new Set(wrong.error?.issues.map((issue) => issue.path[0]))).toEqual(new Set(['cvc', 'expiry', 'number']));
  });
});

describe('sandbox payment provider', () => {
  it('decides by the card number and records refunds', async () => {
    const payments = createSandboxPaymentProvider();
    let attempts = 0;
    const charge = (number: string, attemptId = `attempt-${(attempts += 1)}`) =>
      payments.charge({ attemptId, orderRef: 'r', amountMinor: 100, currency: 'USD', card: { number, expiry: '12/30', cvc: '123' } });
    expect(await charge(SANDBOX_CARDS.succeeds)).toMatchObject({ status: 'succeeded' });
    expect(await charge(SANDBOX_CARDS.declined)).toMatchObject({ status: 'declined', reason: 'card_declined' });
    expect(await charge(SANDBOX_CARDS.insufficientFunds)).toMatchObject({ reason: 'insufficient_funds' });
    expect(await charge('5555555555554444')).toMatchObject({ reason: 'card_not_accepted' });
    const first = await charge(SANDBOX_CARDS.succeeds);
    const second = await charge(SANDBOX_CARDS.succeeds);
    expect(first.paymentId).not.toBe(second.paymentId);
    await payments.refund(first.paymentId, 'card');
    expect(payments.refunds.has(first.paymentId)).toBe(true);
  });

  it('charges an attempt once and finds it again by its id; an unknown attempt was never charged', async () => {
    const payments = createSandboxPaymentProvider();
    const request = { attemptId: 'pay_1', orderRef: 'r', amountMinor: 100, currency: 'USD' };
    const first = await payments.charge({ ...request, card: { number: SANDBOX_CARDS.succeeds, expiry: '12/30', cvc: '123' } });
    // The same attempt sent again (a retry) is the same charge, whatever the card says now.
    expect(await payments.charge({ ...request, card: { number: SANDBOX_CARDS.declined, expiry: '12/30', cvc: '123' } })).toEqual(first);
    const handle = (id: string) => ({ id, method: 'card' as const, status: 'processing' as const, paypalOrderId: null, providerPaymentId: null, digits: 2 });
    expect(await payments.lookup(handle('pay_1'))).toEqual(first);
    expect(await payments.lookup(handle('pay_2'))).toBeNull();
  });
});
