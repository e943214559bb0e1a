import { z } from 'zod';
import { fromCallRow, listConditions, parseCallLogLimit, toCallRow, toListLimit } from '@/lib/call-log/call-log-rows';
import type { CallLogEntry, CallLogFilter, UpstreamCall } from '@/lib/call-log/types';
import { first, type Sql } from '@/lib/db/sql';

export type { CallLogEntry, CallLogFilter, UpstreamCall } from '@/lib/call-log/types';

/** Where the staff call log lives. Redaction happens inside `append`: callers hand over raw calls. */
export interface CallLogStore {
  /** Redacts, stores and returns the call; the oldest calls beyond the store's limit are dropped. */
  append(call: UpstreamCall): Promise<CallLogEntry>;
  /** Newest first; `limit` defaults to 100 and is capped at 1000. */
  list(filter: CallLogFilter): Promise<CallLogEntry[]>;
  get(id: number): Promise<CallLogEntry | null>;
  /** Every endpoint present in the log, alphabetically (for the staff filter). */
  endpoints(): Promise<string[]>;
  /** One order's calls in the order they were made, oldest first: the story of that order. */
  forOrder(orderRef: string): Promise<CallLogEntry[]>;
}

export type CallLogOptions = {
  /** How many calls to keep; older ones are dropped after each insert. */
  limit: number;
  /** Secret values to blank out wherever they appear; asked on every append, so it may change. */
  secrets: () => readonly (string | null | undefined)[];
};


const COLUMNS = [
  'at',
  'endpoint',
  'url',
  'accept_language',
  'authenticated',
  'http_status',
  'code',
  'message',
  'latency_ms',
  'request_body',
  'response_body',
  'order_ref',
] as const;

const INSERT = `INSERT INTO calls (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, index) => `$${index + 1}`).join(', ')}) RETURNING *`;

const endpointRows = z.array(z.object({ endpoint: z.string() }));

/**
 * The staff call log on its database (a SQLite file of its own, or the shop's PostgreSQL, shared by
 * every instance). Bodies are redacted before they are written.
 */
export function createCallLogStore(sql: Sql, options: CallLogOptions): CallLogStore {
  const limit = parseCallLogLimit(options.limit);
  return {
    async append(call) {
      const row = toCallRow(call, options.secrets());
      // Insert and prune together, so no reader ever sees the log over its bound. Ids only grow and
      // rows only leave through this prune, so the newest `limit` calls are those above `id - limit`:
      // a range delete on the primary key instead of counting back through the log. (After a crash
      // a PostgreSQL identity may skip values; the log then briefly keeps a few calls fewer, never more.)
      const added = await sql.transaction(async (tx) => {
        const inserted = fromCallRow(await first(tx.all(INSERT, COLUMNS.map((column) => row[column]))));
        await tx.run('DELETE FROM calls WHERE id <= $1', [inserted.id - limit]);
        return inserted;
      });
      return added;
    },
    async list(filter) {
      const values: (string | number)[] = [];
      const where = listConditions(filter, (value) => {
        values.push(value);
        return `$${values.length}`;
      });
      values.push(toListLimit(filter.limit));
      const rows = await sql.all(
        `SELECT * FROM calls ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${values.length}`,
        values,
      );
      return rows.map(fromCallRow);
    },
    async get(id) {
      if (!Number.isSafeInteger(id)) return null;
      const row = await first(sql.all('SELECT * FROM calls WHERE id = $1', [id]));
      return row ? fromCallRow(row) : null;
    },
    async endpoints() {
      return endpointRows.parse(await sql.all('SELECT DISTINCT endpoint FROM calls ORDER BY endpoint')).map((row) => row.endpoint);
    },
    async forOrder(orderRef) {
      return (await sql.all('SELECT * FROM calls WHERE order_ref = $1 ORDER BY id', [orderRef])).map(fromCallRow);
    },
  };
}
