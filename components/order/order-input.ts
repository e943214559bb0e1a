import { z } from 'zod';
import { PACKAGE_ID_PATTERN } from '@/lib/linksfield/ids';

/**
 * The order form as the server accepts it. Messages are i18n keys under `orderForm.errors`.
 * Prices are never part of it: the server computes them from the provider's detail.
 */
export function orderInputSchema({ maxQuantity, maxTypedPeriods }: { maxQuantity: number; maxTypedPeriods: number }) {
  const wholeNumber = (key: string, max: number) =>
    z
      .string({ error: key })
      .trim()
      .regex(/^\d{1,6}$/, key)
      .transform(Number)
      .pipe(z.number().int().min(1, key).max(max, key));

  return z.object({
    // Minted with the form (in the browser, or by the server for a review step): one key, one
    // pre-order. Missing or empty when the form was sent before any JavaScript ran.
    idempotencyKey: z
      .string({ error: 'tampered' })
      .regex(/^(?:[A-Za-z0-9_-]{22})?$/, 'tampered')
      .optional()
      .transform((key) => key || undefined),
    packageId: z.string({ error: 'tampered' }).regex(PACKAGE_ID_PATTERN, 'tampered').transform(Number),
    packageCode: z.string({ error: 'tampered' }).regex(/^[A-Za-z0-9_-]{1,64}$/, 'tampered'),
    currency: z.string({ error: 'currency' }).regex(/^[A-Z]{3}$/, 'currency'),
    quantity: wholeNumber('quantity', maxQuantity),
    // The package's own range is checked against the provider's detail afterwards.
    periods: wholeNumber('periodsInvalid', maxTypedPeriods),
    email: z
      .string({ error: 'email' })
      .trim()
      .max(254, 'email')
      .pipe(z.email({ error: 'email' })),
    // "My phone supports eSIM and is unlocked": an eSIM bought for a phone that cannot take it is lost.
    compatible: z.literal('on', { error: 'compatible' }),
  });
}

export type OrderInput = z.output<ReturnType<typeof orderInputSchema>>;

/** Fields a browser must never send: the total is the server's to compute. */
export const FORBIDDEN_PRICE_FIELDS = ['money', 'price', 'amount', 'total', 'amountMinor', 'moneyMinor'] as const;

const FORM_FIELDS = ['idempotencyKey', 'packageId', 'packageCode', 'currency', 'quantity', 'periods', 'email', 'compatible'] as const;

/** The form's own fields as strings (a File or a missing field becomes undefined). */
export function readOrderForm(formData: FormData): Record<(typeof FORM_FIELDS)[number], string | undefined> {
  const entries = FORM_FIELDS.map((name) => {
    const value = formData.get(name);
    return [name, typeof value === 'string' ? value : undefined] as const;
  });
  return Object.fromEntries(entries) as Record<(typeof FORM_FIELDS)[number], string | undefined>;
}
