/**
 * The validity period of an eSIM for people. The provider's format is undocumented, so three shapes
 * are handled: a date (`2025-01-10`), a wall-clock time without zone (`2025-01-10 08:00:00`, shown as
 * written because its zone is unknown) and an instant with `Z` or an offset (shown in UTC, labelled).
 */

export type Validity =
  | { kind: 'onFirstUse' }
  | { kind: 'range'; text: string }
  | { kind: 'from'; text: string }
  | { kind: 'until'; text: string };

type Parsed = { date: Date; style: 'date' | 'wallTime' | 'instant' } | { raw: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A UTC date from its parts, or null when a part is out of range (Date.UTC would roll 13/45 over). */
function utc(parts: string[]): Date | null {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = parts.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const back = [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  return back.every((value, index) => value === [y, mo, d, h, mi, s][index]) ? date : null;
}

function parse(value: string): Parsed {
  const text = value.trim();
  const day = DATE_ONLY.exec(text);
  const wall = day ? null : WALL_TIME.exec(text);
  // Wall-clock digits are read as UTC and formatted in UTC, so they show exactly as written.
  const date = day ? utc(day.slice(1)) : wall ? utc(wall.slice(1).map((part) => part ?? '0')) : null;
  if (date) return { date, style: day ? 'date' : 'wallTime' };
  if (!day && !wall && INSTANT.test(text)) {
    const stamp = utc(text.slice(0, 10).split('-')) && new Date(text.replace(' ', 'T'));
    if (stamp && !Number.isNaN(stamp.getTime())) return { date: stamp, style: 'instant' };
  }
  return { raw: text };
}

function options(style: 'date' | 'wallTime' | 'instant'): Intl.DateTimeFormatOptions {
  const date: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  if (style === 'date') return date;
  const time: Intl.DateTimeFormatOptions = { ...date, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return style === 'instant' ? { ...time, timeZoneName: 'short' } : time;
}

function formatOne(parsed: Parsed, locale: string): string {
  return 'raw' in parsed ? parsed.raw : new Intl.DateTimeFormat(locale, options(parsed.style)).format(parsed.date);
}

function present(value: string | null): value is string {
  return value !== null && value.trim() !== '';
}

export function formatValidity(validFrom: string | null, validTo: string | null, locale: string): Validity {
  // Without a start the plan has not been used yet: most travel eSIMs start on first connection.
  if (!present(validFrom)) {
    return present(validTo) ? { kind: 'until', text: formatOne(parse(validTo), locale) } : { kind: 'onFirstUse' };
  }
  const from = parse(validFrom);
  if (!present(validTo)) return { kind: 'from', text: formatOne(from, locale) };
  // Both ends in full rather than `formatRange`, whose Chinese patterns fall back to 2025/1/10.
  return { kind: 'range', text: `${formatOne(from, locale)} – ${formatOne(parse(validTo), locale)}` };
}
