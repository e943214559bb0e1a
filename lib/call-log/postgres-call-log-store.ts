import 'server-only';
import pg from 'pg';
import { z } from 'zod';
import type { CallLogOptions, CallLogStore } from '@/lib/call-log/call-log-store';
import { fromCallRow, listConditions, parseCallLogLimit, toCallRow, toListLimit } from '@/lib/call-log/call-log-rows';
import { migratedOrClosed } from '@/lib/store/postgres-migrations';

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

/*
 * Insert and prune in one statement, so no instance ever sees the log over its bound. Ids come from
 * an identity and rows only leave through this prune, so the newest `limit` calls are those above
 * `id - limit`: a range delete on the primary key instead of counting back through the log. After a
 * crash the identity may skip some values; the log then briefly keeps a few calls fewer, never more.
 */
const APPEND = `WITH added AS (
    INSERT INTO calls (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})
    RETURNING *
  ), pruned AS (
    DELETE FROM calls WHERE id <= (SELECT id FROM added) - $${COLUMNS.length + 1}
  )
  SELECT * FROM added`;

const endpointRows = z.array(z.object({ endpoint: z.string() }));

/**
 * The staff call log in PostgreSQL, shared by every shop instance on the database. Same behaviour as
 * the SQLite log (the shared contract suite runs against both); bodies are redacted before they are
 * written. The store owns the pool: `close()` ends it. `openPostgresCallLogStore` runs the migrations.
 */
export function createPostgresCallLogStore(pool: pg.Pool, options: CallLogOptions): CallLogStore {
  const limit = parseCallLogLimit(options.limit);
  // An idle pooled connection can die (server restart, failover); an unheard 'error' event would end
  // the process. The pool replaces the connection on next use.
  pool.on('error', (error) => {
    console.error(`[shop] PostgreSQL connection lost (call log): ${error.message}`);
  });

  return {
    async append(call) {
      const row = toCallRow(call, options.secrets());
      const { rows } = await pool.query(APPEND, [...COLUMNS.map((column) => row[column]), limit]);
      return fromCallRow(rows[0]);
    },
    async list(filter) {
      const params: (string | number)[] = [];
      const where = listConditions(filter, (value) => {
        params.push(value);
        return `$${params.length}`;
      });
      params.push(toListLimit(filter.limit));
      const { rows } = await pool.query(
        `SELECT * FROM calls ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
        params,
      );
      return rows.map(fromCallRow);
    },
    async get(id) {
      if (!Number.isSafeInteger(id)) return null;
      const { rows } = await pool.query('SELECT * FROM calls WHERE id = $1', [id]);
      return rows[0] ? fromCallRow(rows[0]) : null;
    },
    async endpoints() {
      const { rows } = await pool.query('SELECT DISTINCT endpoint FROM calls ORDER BY endpoint');
      return endpointRows.parse(rows).map((row) => row.endpoint);
    },
    async forOrder(orderRef) {
      const { rows } = await pool.query('SELECT * FROM calls WHERE order_ref = $1 ORDER BY id', [orderRef]);
      return rows.map(fromCallRow);
    },
    async close() {
      await pool.end();
    },
  };
}

export type CallLogPoolOptions = Omit<pg.PoolConfig, 'connectionString'>;

/**
 * Connects to `url`, brings the whole schema up to date (the log's table is one of its steps), and
 * returns the log; the pool is ended if that fails. A few connections: the log is written once per
 * provider call and read by staff, and every instance's pool counts against the server's limit.
 */
export async function openPostgresCallLogStore(
  url: string,
  options: CallLogOptions,
  poolOptions: CallLogPoolOptions = {},
): Promise<CallLogStore> {
  const pool = new pg.Pool({ connectionTimeoutMillis: 10_000, max: 4, ...poolOptions, connectionString: url });
  const store = createPostgresCallLogStore(pool, options);
  return migratedOrClosed(pool, store);
}
