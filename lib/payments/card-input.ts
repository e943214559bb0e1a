import { z } from 'zod';

/** Luhn check: catches typos in a card number before any provider sees it. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** MM/YY, not before the current month. */
export function isFutureExpiry(expiry: string, now: Date): boolean {
  const match = /^(0[1-9]|1[0-2])\s*\/\s*(\d{2})$/.exec(expiry.trim());
  if (!match) return false;
  const month = Number(match[1]);
  const year = 2000 + Number(match[2]);
  return year > now.getUTCFullYear() || (year === now.getUTCFullYear() && month >= now.getUTCMonth() + 1);
}

/** The payment form; messages are i18n keys under `payment.errors`. */
export function cardInputSchema(now: Date) {
  return z.object({
    number: z
      .string({ error: 'number' })
      .transform((value) => value.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^\d{12,19}$/, 'number').refine(passesLuhn, 'number')),
    expiry: z.string({ error: 'expiry' }).refine((value) => isFutureExpiry(value, now), 'expiry'),
    cvc: z.string({ error: 'cvc' }).trim().regex(/^\d{3,4}$/, 'cvc'),
  });
}
