import 'server-only';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { CallLogOptions, CallLogStore } from '@/lib/call-log/call-log-store';
import { migrateCallLog } from '@/lib/call-log/call-log-migrations';
import { fromCallRow, listConditions, parseCallLogLimit, toCallRow, toListLimit } from '@/lib/call-log/call-log-rows';
import type { CallLogFilter } from '@/lib/call-log/types';
import { openSqlite } from '@/lib/sqlite/open-sqlite';

/**
 * The staff call log in its own SQLite file (`':memory:'` for tests), kept apart from the orders so
 * that a busy log never contends with a purchase. Bodies are redacted before they are written.
 */
export function createSqliteCallLogStore(file: string, options: CallLogOptions): CallLogStore {
  const limit = parseCallLogLimit(options.limit);
  const db = openSqlite(file);
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
  const appendAndPrune = db.transaction((row: Record<string, unknown>) => {
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
      const row = toCallRow(call, options.secrets());
      const id = appendAndPrune({ ...row, authenticated: row.authenticated ? 1 : 0 });
      return fromCallRow({ id, ...row });
    },
    async list(filter: CallLogFilter) {
      const params: (string | number)[] = [];
      const where = listConditions(filter, (value) => {
        params.push(value);
        return '?';
      });
      const sql = `SELECT * FROM calls ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return listStatement(sql)
        .all(...params, toListLimit(filter.limit))
        .map(fromCallRow);
    },
    async get(id) {
      if (!Number.isSafeInteger(id)) return null;
      const row = byId.get(id);
      return row ? fromCallRow(row) : null;
    },
    async endpoints() {
      return z.array(z.string()).parse(distinctEndpoints.all());
    },
    async forOrder(orderRef) {
      return ofOrder.all(orderRef).map(fromCallRow);
    },
    async close() {
      db.close();
    },
  };
}
