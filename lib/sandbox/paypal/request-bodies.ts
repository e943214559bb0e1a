import { z } from 'zod';

import { payPalCurrencyDigits } from '@/lib/sandbox/paypal/currencies';
import { invalidRequest, unprocessable } from '@/lib/sandbox/paypal/problems';
import { PAYPAL_OUTCOMES, type StandInMoney } from '@/lib/sandbox/paypal/records';

/* The request bodies the stand-in reads, and PayPal's way of refusing a wrong one. */

const moneySchema = z.looseObject({ currency_code: z.string(), value: z.string() });

export const createOrderSchema = z.looseObject({
  intent: z.string(),
  purchase_units: z.array(z.looseObject({ reference_id: z.string().min(1).max(256).optional(), amount: moneySchema })).min(1),
});

export const approveSchema = z.object({ orderId: z.string().min(1).max(64), outcome: z.enum(PAYPAL_OUTCOMES) });

/** A refund takes an optional amount (the stand-in refunds in full only), notes and ids it ignores. */
export const refundSchema = z.looseObject({ amount: moneySchema.optional() });

const pointer = (path: readonly PropertyKey[]) => `/${path.map(String).join('/')}`;

/** The body as JSON checked by `schema`; a refusal names the field as a JSON pointer, as PayPal does. */
export function readBody<S extends z.ZodType>(text: string, schema: S, { emptyIs }: { emptyIs?: unknown } = {}): z.output<S> {
  let json: unknown;
  try {
    json = text.trim() === '' && emptyIs !== undefined ? emptyIs : JSON.parse(text);
  } catch {
    throw invalidRequest('MALFORMED_REQUEST_JSON', { field: '/' });
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const [first] = parsed.error.issues;
  const missing = first?.code === 'invalid_type' && first.input === undefined;
  const tooFew = first?.code === 'too_small' && first.origin === 'array';
  throw invalidRequest(missing || tooFew ? 'MISSING_REQUIRED_PARAMETER' : 'INVALID_PARAMETER_SYNTAX', {
    field: pointer(first?.path ?? []),
  });
}

/** PayPal's pattern for an amount's value. */
const VALUE_PATTERN = /^(-?[0-9]+|-?([0-9]+)?[.][0-9]+)$/;

/**
 * An amount PayPal accepts, rewritten in its currency's digits ("5" USD is "5.00"); else PayPal's
 * refusal: a malformed value is 400, an unsupported currency or too many decimals 422.
 */
export function checkedMoney(money: { currency_code: string; value: string }, field: string): StandInMoney {
  const currency = money.currency_code;
  if (!/^[A-Z]{3}$/.test(currency)) throw invalidRequest('INVALID_PARAMETER_SYNTAX', { field: `${field}/currency_code`, value: currency });
  const digits = payPalCurrencyDigits(currency);
  if (digits === undefined) throw unprocessable('CURRENCY_NOT_SUPPORTED', { field: `${field}/currency_code`, value: currency, location: 'body' });
  const value = money.value;
  if (value.length > 32 || !VALUE_PATTERN.test(value)) {
    throw invalidRequest('INVALID_PARAMETER_SYNTAX', { field: `${field}/value`, value });
  }
  const [whole = '', fraction = ''] = value.replace(/^-/, '').split('.');
  if (fraction.length > digits) throw unprocessable('DECIMAL_PRECISION', { field: `${field}/value`, value, location: 'body' });
  const minor = BigInt(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (value.startsWith('-') || minor === BigInt(0)) {
    throw unprocessable('CANNOT_BE_ZERO_OR_NEGATIVE', { field: `${field}/value`, value, location: 'body' });
  }
  const text = minor.toString().padStart(digits + 1, '0');
  return { currency_code: currency, value: digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}` };
}
