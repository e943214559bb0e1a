import { z } from 'zod';
import { bigint } from '@/lib/db/rows';
import { redactBody, redactSecrets, redactText } from '@/lib/call-log/redact';
import type { CallLogEntry, CallLogFilter, UpstreamCall } from '@/lib/call-log/types';

/** The call log's rows and entries: one mapping for the SQLite and the PostgreSQL log alike. */


export const callRowSchema = z.object({
  id: bigint,
  at: z.string(),
  endpoint: z.string(),
  url: z.string(),
  accept_language: z.string(),
  // SQLite has no boolean: 0 or 1 there, a real boolean in PostgreSQL.
  authenticated: z.union([z.literal(0), z.literal(1), z.boolean()]),
  http_status: z.int().nullable(),
  code: bigint.nullable(),
  message: z.string(),
  latency_ms: bigint,
  request_body: z.string(),
  response_body: z.string().nullable(),
  order_ref: z.string().nullable(),
});

/** A row as it is written: the database gives the id. */
export type NewCallRow = Omit<z.input<typeof callRowSchema>, 'id' | 'authenticated'> & { authenticated: boolean };

/** What the transport reports, checked before anything is written; times are stored as UTC ISO. */
const callSchema = z.object({
  at: z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), 'at must be a date')
    .transform((value) => new Date(value).toISOString()),
  endpoint: z.string().min(1),
  url: z.string(),
  acceptLanguage: z.string(),
  authenticated: z.boolean(),
  httpStatus: z.number().int().nullable(),
  code: z.number().int().nullable(),
  message: z.string(),
  latencyMs: z
    .number()
    .refine(Number.isFinite, 'latencyMs must be a finite number')
    .transform((value) => Math.max(0, Math.round(value))),
  requestBody: z.string(),
  responseBody: z.string().nullable(),
  orderRef: z.string().min(1).nullable(),
});

const limitSchema = z.number({ error: 'limit must be a whole number' }).int('limit must be a whole number').min(1, 'limit must be at least 1');

/** How many calls a log keeps; throws on anything but a positive whole number. */
export function parseCallLogLimit(limit: number): number {
  return limitSchema.parse(limit);
}

/*
 * PostgreSQL text cannot hold a NUL character, which a garbled answer may carry. Both logs store it as
 * U+FFFD, the character for "something unreadable was here", so they keep the same text.
 */
const withoutNul = <T extends string | null>(text: T): T => (text === null ? text : (text.replaceAll('\0', '\uFFFD') as T));

/** Checks the call and redacts everything that could carry a secret: the row to write. */
export function toCallRow(call: UpstreamCall, secrets: readonly (string | null | undefined)[]): NewCallRow {
  const parsed = callSchema.parse(call);
  const clean = (text: string) => withoutNul(redactSecrets(redactText(text), secrets));
  return {
    at: parsed.at,
    endpoint: withoutNul(parsed.endpoint),
    url: clean(parsed.url),
    accept_language: withoutNul(parsed.acceptLanguage),
    authenticated: parsed.authenticated,
    http_status: parsed.httpStatus,
    code: parsed.code,
    message: clean(parsed.message),
    latency_ms: parsed.latencyMs,
    request_body: withoutNul(redactSecrets(redactBody(parsed.requestBody), secrets)),
    response_body: withoutNul(redactSecrets(redactBody(parsed.responseBody), secrets)),
    order_ref: parsed.orderRef === null ? null : withoutNul(parsed.orderRef),
  };
}

/** A stored row, checked, as the entry staff see. */
export function fromCallRow(raw: unknown): CallLogEntry {
  const row = callRowSchema.parse(raw);
  return {
    id: row.id,
    at: row.at,
    endpoint: row.endpoint,
    url: row.url,
    acceptLanguage: row.accept_language,
    authenticated: row.authenticated === 1 || row.authenticated === true,
    httpStatus: row.http_status,
    code: row.code,
    message: row.message,
    latencyMs: row.latency_ms,
    requestBody: row.request_body,
    responseBody: row.response_body,
    orderRef: row.order_ref,
  };
}

const DEFAULT_LIST_LIMIT = 100;
const MAX_LIST_LIMIT = 1000;

/** A list's page size: 100 unless asked, at most 1000. */
export function toListLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIST_LIMIT;
  return Math.min(MAX_LIST_LIMIT, Math.max(1, Math.trunc(limit)));
}

/** The WHERE conditions of a list: `placeholder` records the value and answers its marker (`$1`, …). */
export function listConditions(filter: CallLogFilter, placeholder: (value: string | number) => string): string[] {
  const where: string[] = [];
  if (filter.endpoint !== undefined) where.push(`endpoint = ${placeholder(filter.endpoint)}`);
  if (filter.code === 'none') where.push('code IS NULL');
  else if (filter.code !== undefined) where.push(`code = ${placeholder(filter.code)}`);
  if (filter.orderRef !== undefined) where.push(`order_ref = ${placeholder(filter.orderRef)}`);
  if (filter.beforeId !== undefined) where.push(`id < ${placeholder(filter.beforeId)}`);
  if (filter.sinceAt !== undefined) where.push(`at >= ${placeholder(filter.sinceAt)}`);
  return where;
}
