/**
 * Exact money maths in integer minor units. A JSON number is read through its shortest decimal
 * text (what JSON.parse gave), so no float rounding is involved.
 */

/** The minor units of a decimal amount, or undefined when it has more than `digits` decimals or is negative. */
export function toMinorUnits(value: number, digits: number): number | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(value));
  if (!match) return undefined;
  const [, whole = '0', fraction = ''] = match;
  const trimmed = fraction.replace(/0+$/, '');
  if (trimmed.length > digits) return undefined;
  const minor = Number(whole) * 10 ** digits + Number(trimmed.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** A decimal amount from minor units, e.g. 1249 with 2 digits -> 12.49. */
export function fromMinorUnits(minor: number, digits: number): number {
  return Number((minor / 10 ** digits).toFixed(digits));
}
