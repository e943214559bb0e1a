/**
 * Numbers, durations and instants for people, with Intl in the page's language. Money lives in
 * lib/money.ts and data volumes in lib/data-volume.ts; these are the rest.
 */

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

function formatUnit(value: number, unit: 'millisecond' | 'minute', locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

export function formatMilliseconds(ms: number, locale: string): string {
  return formatUnit(ms, 'millisecond', locale);
}

export function formatMinutes(minutes: number, locale: string): string {
  return formatUnit(minutes, 'minute', locale);
}

/** A list of words joined the way the language joins them: "a, b and c", "a、b和c". */
export function formatList(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

function formatInstant(iso: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  // Whatever a store or log holds that is not an instant is shown as it is, never as "Invalid Date".
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', hourCycle: 'h23' }).format(date);
}

/**
 * Date and time in UTC, labelled: the staff console compares times with the call log and the
 * provider, so it shows one zone whatever the browser's.
 */
export function formatUtcDateTime(iso: string, locale: string): string {
  return formatInstant(iso, locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
}

/** Date and time written out (the order's time for a customer), in `timeZone` or the runtime's own zone. */
export function formatLongDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long', timeZone }).format(date);
}

/** Time of day in UTC to the millisecond, for the call log whose column says UTC. */
export function formatUtcTime(iso: string, locale: string): string {
  return formatInstant(iso, locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 });
}

/** A language's own name for itself, e.g. 繁體中文 (香港) for zh-HK. */
export function languageName(locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}
