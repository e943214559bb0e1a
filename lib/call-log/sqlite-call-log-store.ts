import 'server-only';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT, type CallLogStore } from '@/lib/call-log/call-log-store';
import { migrateCallLog } from '@/lib/call-log/call-log-migrations';
import { redactBody, redactSecrets, redactText } from '@/lib/call-log/redact';
import type { CallLogEntry, CallLogFilter } from '@/lib/call-log/types';

export type SqliteCallLogOptions = {
  /** How many calls to keep; older ones are dropped after each insert. */
  limit: number;
  /** Secret values to blank out wherever they appear; asked on every append, so it may change. */
  secrets: () => readonly (string | null | undefined)[];
};

const rowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  endpoint: z.string(),
  url: z.string(),
  accept_language: z.string(),
  authenticated: z.union([z.literal(0), z.literal(1)]),
  http_status: z.number().int().nullable(),
  code: z.number().int().nullable(),
  message: z.string(),
  latency_ms: z.number().int(),
  request_body: z.string(),
  response_body: z.string().nullable(),
  order_ref: z.string().nullable(),
});

type Row = z.infer<typeof rowSchema>;

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

const optionsSchema = z.object({
  limit: z.number().int('limit must be a whole number').min(1, 'limit must be at least 1'),
});

function fromRow(row: Row): CallLogEntry {
  return {
    id: row.id,
    at: row.at,
    endpoint: row.endpoint,
    url: row.url,
    acceptLanguage: row.accept_language,
    authenticated: row.authenticated === 1,
    httpStatus: row.http_status,
    code: row.code,
    message: row.message,
    latencyMs: row.latency_ms,
    requestBody: row.request_body,
    responseBody: row.response_body,
    orderRef: row.order_ref,
  };
}

function toListLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIST_LIMIT;
  return Math.min(MAX_LIST_LIMIT, Math.max(1, Math.trunc(limit)));
}

/**
 * The staff call log in its own SQLite file (`':memory:'` for tests), kept apart from the orders so
 * that a busy log never contends with a purchase. Bodies are redacted before they are written.
 */
export function createSqliteCallLogStore(file: string, options: SqliteCallLogOptions): CallLogStore {
  const { limit } = optionsSchema.parse({ limit: options.limit });
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  // A log, not a ledger: in WAL mode NORMAL cannot corrupt the file, it may only lose the last calls
  // on a power cut, and it spares an fsync on every provider call.
  db.pragma('synchronous = NORMAL');
  migrateCallLog(db);

  const insert = db.prepare(
    `INSERT INTO calls (at, endpoint, url, accept_language, authenticated, http_status, code, message, latency_ms,
       request_body, response_body, order_ref)
     VALUES (@at, @endpoint, @url, @accept_language, @authenticated, @http_status, @code, @message, @latency_ms,
       @request_body, @response_body, @order_ref)`,
  );
  // Ids are consecutive (AUTOINCREMENT, and rows only ever leave through this prune), so the newest
  // `limit` calls are exactly those above `newId - limit`: a range delete on the primary key, where
  // counting back with OFFSET would cost a scan of the whole log on every call.
  const prune = db.prepare('DELETE FROM calls WHERE id <= ?');
  const byId = db.prepare('SELECT * FROM calls WHERE id = ?');
  const ofOrder = db.prepare('SELECT * FROM calls WHERE order_ref = ? ORDER BY id');
  const distinctEndpoints = db.prepare('SELECT DISTINCT endpoint FROM calls ORDER BY endpoint').pluck();
  const appendAndPrune = db.transaction((row: Omit<Row, 'id'>) => {
    const id = Number(insert.run(row).lastInsertRowid);
    prune.run(id - limit);
    return id;
  });

  // One prepared statement per combination of filters actually used (at most 32).
  const listStatements = new Map<string, Database.Statement>();
  const listStatement = (sql: string) => {
    let statement = listStatements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      listStatements.set(sql, statement);
    }
    return statement;
  };

  return {
    async append(call) {
      const parsed = callSchema.parse(call);
      const secrets = options.secrets();
      const clean = (text: string) => redactSecrets(redactText(text), secrets);
      const row: Omit<Row, 'id'> = {
        at: parsed.at,
        endpoint: parsed.endpoint,
        url: clean(parsed.url),
        accept_language: parsed.acceptLanguage,
        authenticated: parsed.authenticated ? 1 : 0,
        http_status: parsed.httpStatus,
        code: parsed.code,
        message: clean(parsed.message),
        latency_ms: parsed.latencyMs,
        request_body: redactSecrets(redactBody(parsed.requestBody), secrets),
        response_body: redactSecrets(redactBody(parsed.responseBody), secrets),
        order_ref: parsed.orderRef,
      };
      return fromRow({ id: appendAndPrune(row), ...row });
    },
    async list(filter: CallLogFilter) {
      const where: string[] = [];
      const params: Record<string, string | number> = { limit: toListLimit(filter.limit) };
      if (filter.endpoint !== undefined) {
        where.push('endpoint = @endpoint');
        params.endpoint = filter.endpoint;
      }
      if (filter.code === 'none') where.push('code IS NULL');
      else if (filter.code !== undefined) {
        where.push('code = @code');
        params.code = filter.code;
      }
      if (filter.orderRef !== undefined) {
        where.push('order_ref = @orderRef');
        params.orderRef = filter.orderRef;
      }
      if (filter.beforeId !== undefined) {
        where.push('id < @beforeId');
        params.beforeId = filter.beforeId;
      }
      if (filter.sinceAt !== undefined) {
        where.push('at >= @sinceAt');
        params.sinceAt = filter.sinceAt;
      }
      const sql = `SELECT * FROM calls ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`;
      return listStatement(sql)
        .all(params)
        .map((row) => fromRow(rowSchema.parse(row)));
    },
    async get(id) {
      const row = byId.get(id);
      return row ? fromRow(rowSchema.parse(row)) : null;
    },
    async endpoints() {
      return z.array(z.string()).parse(distinctEndpoints.all());
    },
    async forOrder(orderRef) {
      return ofOrder.all(orderRef).map((row) => fromRow(rowSchema.parse(row)));
    },
    close() {
      db.close();
    },
  };
}
