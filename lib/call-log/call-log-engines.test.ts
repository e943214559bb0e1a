import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCallLogStore, type CallLogStore } from '@/lib/call-log/call-log-store';
import { sampleCall } from '@/lib/test-support/calls';
import { CALLS_SQLITE_STEPS } from '@/lib/db/migrations/calls-sqlite';
import { openPostgresDatabase, openSqliteDatabase } from '@/lib/db/open';
import { migratePostgres, POSTGRES_SCHEMA_VERSION } from '@/lib/db/postgres-migrate';
import type { Sql } from '@/lib/db/sql';
import { startTestPostgres, testPostgresTarget, warmTestPostgres, type TestPostgres } from '@/lib/test-support/postgres';

// PGlite's first start in a process runs initdb: pay it here, not inside a test's timeout.
beforeAll(warmTestPostgres, 120_000);

const OPTIONS = { limit: 1000, secrets: () => [] };

describe('the call log in its own SQLite file', () => {
  const dirs: string[] = [];
  const opened: Sql[] = [];
  const open = (file: string): CallLogStore => {
    const sql = openSqliteDatabase(file, CALLS_SQLITE_STEPS, 'call log');
    opened.push(sql);
    return createCallLogStore(sql, OPTIONS);
  };
  /** A new folder for one test; the log file goes into a subfolder the database layer must create. */
  const newFile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'call-log-'));
    dirs.push(dir);
    return join(dir, 'nested', 'calls.sqlite');
  };
  const closeAll = async () => {
    for (const sql of opened.splice(0)) await sql.close().catch(() => undefined);
  };

  afterEach(async () => {
    await closeAll();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('also opens in memory, for tests', async () => {
    const store = open(':memory:');
    expect((await store.append(sampleCall())).id).toBe(1);
  });

  it('refuses rows that do not have the expected shape', async () => {
    const file = newFile();
    const store = open(file);
    await store.append(sampleCall());
    const raw = new Database(file);
    raw.prepare("UPDATE calls SET latency_ms = 'slow'").run();
    raw.close();
    await expect(store.get(1)).rejects.toThrow();
  });

  it('is migrated, in WAL mode, with indexes on order, endpoint and code', async () => {
    const file = newFile();
    open(file);
    await closeAll();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const indexes = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['calls_order_ref', 'calls_endpoint', 'calls_code']));
    raw.close();
  });

  it('refuses a file from a newer schema', async () => {
    const file = newFile();
    open(file);
    await closeAll();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => open(file)).toThrow(/newer version/);
  });
});

describe(`the call log in the shop's PostgreSQL (${testPostgresTarget()})`, () => {
  let db: TestPostgres;
  const opened: Sql[] = [];
  const open = (limit = 1000): CallLogStore => {
    const sql = openPostgresDatabase(db.url);
    opened.push(sql);
    return createCallLogStore(sql, { ...OPTIONS, limit });
  };
  /** Runs `work` on a connection of its own, outside any store. */
  const withClient = async <T,>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeEach(async () => {
    db = await startTestPostgres();
  });
  afterEach(async () => {
    for (const sql of opened.splice(0)) await sql.close();
    await db.stop();
  });

  it('is a step of the shop schema, with indexes on order, endpoint and code', async () => {
    await open().endpoints();
    await withClient(async (client) => {
      const versions = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.rows.map((row) => row.version)).toEqual(Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, index) => index + 1));
      const indexes = await client.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'calls'");
      expect(indexes.rows.map((row) => row.indexname)).toEqual(
        expect.arrayContaining(['calls_order_ref', 'calls_endpoint', 'calls_code']),
      );
    });
    // The orders, opened later on the same database, find the schema complete.
    const pool = new pg.Pool({ connectionString: db.url });
    try {
      expect(await migratePostgres(pool)).toEqual({ applied: [], version: POSTGRES_SCHEMA_VERSION });
    } finally {
      await pool.end();
    }
  });

  it('is one log for every instance on the database, within its bound', async () => {
    const [a, b] = [open(10), open(10)];
    const appended = await Promise.all(
      Array.from({ length: 40 }, (_, index) => (index % 2 ? b : a).append(sampleCall({ message: `call ${index}` }))),
    );
    expect(new Set(appended.map((entry) => entry.id)).size).toBe(40);
    // Appends that overlap may each miss the other's row when pruning; the next append catches up.
    const last = await a.append(sampleCall({ message: 'last' }));
    const kept = await b.list({});
    expect(kept.map((entry) => entry.id)).toEqual(Array.from({ length: 10 }, (_, index) => last.id - index));
    expect(await b.get(last.id)).toEqual(last);
  });

  it('connects and migrates on first use, whatever comes first', async () => {
    const store = open();
    const [entry, listed] = await Promise.all([store.append(sampleCall()), store.endpoints()]);
    expect(listed.length).toBeLessThanOrEqual(1);
    expect(await store.get(entry.id)).toEqual(entry);
    await withClient(async (client) => {
      expect((await client.query('SELECT * FROM calls')).rowCount).toBe(1);
    });
  });
});
