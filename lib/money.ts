/**
 * Money in integer minor units (cents, yen...). The provider speaks decimal numbers; we convert
 * at the boundary through strings so that 4.99 becomes 499 exactly, never 498.99999.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export class MoneyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoneyError';
  }
}

function assertDigits(digits: number) {
  if (!Number.isInteger(digits) || digits < 0 || digits > 6) {
    throw new MoneyError(`Unsupported number of decimal digits: ${digits}`);
  }
}

/** Converts a decimal amount (number or string) to minor units, rounding half away from zero. */
export function toMinorUnits(amount: number | string, digits: number): number {
  assertDigits(digits);
  const text = typeof amount === 'number' ? numberToPlainString(amount) : amount.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new MoneyError(`Not a decimal amount: ${String(amount)}`);
  const [, sign, whole = '0', fraction = ''] = match;
  const kept = fraction.slice(0, digits).padEnd(digits, '0');
  const roundUp = (fraction[digits] ?? '0') >= '5';
  let minor = Number(`${whole}${kept}`) + (roundUp ? 1 : 0);
  if (!Number.isSafeInteger(minor)) throw new MoneyError(`Amount too large: ${String(amount)}`);
  if (sign && minor !== 0) minor = -minor;
  return minor;
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) throw new MoneyError(`Not a finite amount: ${value}`);
  // Avoid exponent notation (1e-7) which the decimal pattern would reject.
  return Math.abs(value) < 1e-6 && value !== 0 ? value.toFixed(20) : String(value);
}

/** The decimal string of minor units, e.g. (499, 2) -> "4.99", (500, 0) -> "500". */
export function minorToDecimalString(minor: number, digits: number): string {
  assertDigits(digits);
  if (!Number.isSafeInteger(minor)) throw new MoneyError(`Not an integer amount: ${minor}`);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** The JSON number the provider expects for an amount, built from the exact decimal string. */
export function minorToWireNumber(minor: number, digits: number): number {
  return Number(minorToDecimalString(minor, digits));
}

/** price per period x periods x quantity, all integers: exact. */
export function orderTotalMinor(unitPriceMinor: number, periods: number, quantity: number): number {
  for (const [name, value] of [
    ['price', unitPriceMinor],
    ['periods', periods],
    ['quantity', quantity],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new MoneyError(`Invalid ${name}: ${value}`);
  }
  const total = unitPriceMinor * periods * quantity;
  if (!Number.isSafeInteger(total)) throw new MoneyError('Order total too large');
  return total;
}

/** Building an Intl.NumberFormat costs far more than formatting: pages format hundreds of prices. */
const moneyFormats = new Map<string, Intl.NumberFormat | null>();

function moneyFormat(locale: string, currency: string, digits: number): Intl.NumberFormat | null {
  const key = `${locale}|${currency}|${digits}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    } catch {
      // An ISO code Intl does not know.
      format = null;
    }
    // Bounded by locales x currencies the shop meets; a flood of bogus codes stops being remembered.
    if (moneyFormats.size < 1000) moneyFormats.set(key, format);
  }
  return format;
}

/** Formats minor units for people with Intl, using the currency's own digits from the provider. */
export function formatMoney(minor: number, currency: string, digits: number, locale: string): string {
  const value = minorToDecimalString(minor, digits);
  const format = moneyFormat(locale, currency, digits);
  // Intl accepts a decimal string and keeps it exact; an unknown code shows beside the number.
  return format ? format.format(value as unknown as number) : `${currency} ${value}`;
}
