import { badParameter } from '@/lib/sandbox/errors';
import { MESSAGES } from '@/lib/sandbox/messages';

/** A parsed request body: always a JSON object. */
export type Body = Readonly<Record<string, unknown>>;

type Range = { min: number; max: number };

/** The JSON object of a request body, or undefined when the text is not JSON or not an object. */
export function parseBody(text: string): Body | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : undefined;
}

function isMissing(value: unknown): value is undefined | null | '' {
  return value === undefined || value === null || value === '';
}

export function optionalString(body: Body, field: string): string | undefined {
  const value = body[field];
  if (isMissing(value)) return undefined;
  if (typeof value !== 'string') throw badParameter(MESSAGES.notString(field));
  return value;
}

export function requiredString(body: Body, field: string): string {
  const value = optionalString(body, field);
  if (value === undefined || value.trim() === '') throw badParameter(MESSAGES.required(field));
  return value;
}

export function optionalInt(body: Body, field: string, range?: Range): number | undefined {
  const value = body[field];
  if (isMissing(value)) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw badParameter(MESSAGES.notInteger(field));
  if (range && (value < range.min || value > range.max)) {
    throw badParameter(MESSAGES.outOfRange(field, range.min, range.max));
  }
  return value;
}

export function requiredInt(body: Body, field: string, range?: Range): number {
  const value = optionalInt(body, field, range);
  if (value === undefined) throw badParameter(MESSAGES.required(field));
  return value;
}

export function requiredNumber(body: Body, field: string): number {
  const value = body[field];
  if (isMissing(value)) throw badParameter(MESSAGES.required(field));
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badParameter(MESSAGES.notNumber(field));
  return value;
}

/** An integer field restricted to a few values; `fallback` makes it optional. */
export function intOneOf<T extends number>(body: Body, field: string, allowed: readonly T[], fallback?: T): T {
  const value = fallback === undefined ? requiredInt(body, field) : (optionalInt(body, field) ?? fallback);
  if (!allowed.includes(value as T)) throw badParameter(MESSAGES.notOneOf(field, allowed));
  return value as T;
}

/** A required string field restricted to a few values. */
export function stringOneOf<T extends string>(body: Body, field: string, allowed: readonly T[]): T {
  const value = requiredString(body, field);
  if (!allowed.includes(value as T)) throw badParameter(MESSAGES.notOneOf(field, allowed));
  return value as T;
}

/** A field that must carry exactly this value (type included). */
export function exactly(body: Body, field: string, expected: string | number): void {
  const value = body[field];
  if (isMissing(value)) throw badParameter(MESSAGES.required(field));
  if (value !== expected) throw badParameter(MESSAGES.notOneOf(field, [expected]));
}
