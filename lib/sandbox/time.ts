/** `2022-12-05T03:14:50.958+0000`: the provider's time format (UTC). */
export function formatProviderTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** `20221205`: the UTC date digits of an order number. */
export function formatDateDigits(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

export const DAY_MS = 24 * 60 * 60 * 1000;
