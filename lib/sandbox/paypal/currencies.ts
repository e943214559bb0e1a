/**
 * The currencies PayPal takes payments in, with their decimal digits (PayPal's currency-codes
 * reference): HUF, JPY and TWD take none.
 */
export const PAYPAL_CURRENCY_DIGITS: Readonly<Record<string, number>> = {
  AUD: 2,
  BRL: 2,
  CAD: 2,
  CNY: 2,
  CZK: 2,
  DKK: 2,
  EUR: 2,
  HKD: 2,
  HUF: 0,
  ILS: 2,
  JPY: 0,
  MYR: 2,
  MXN: 2,
  TWD: 0,
  NZD: 2,
  NOK: 2,
  PHP: 2,
  PLN: 2,
  GBP: 2,
  SGD: 2,
  SEK: 2,
  CHF: 2,
  THB: 2,
  USD: 2,
};

export function payPalCurrencyDigits(currency: string): number | undefined {
  return Object.hasOwn(PAYPAL_CURRENCY_DIGITS, currency) ? PAYPAL_CURRENCY_DIGITS[currency] : undefined;
}
