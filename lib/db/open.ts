import pg from 'pg';
import { openSqlite } from '@/lib/db/open-sqlite';
import { migratePostgres } from '@/lib/db/postgres-migrate';
import { postgresSql } from '@/lib/db/postgres-sql';
import type { Sql } from '@/lib/db/sql';
import { migrateSqlite } from '@/lib/db/sqlite-migrate';
import { sqliteSql } from '@/lib/db/sqlite-sql';

/*
 * No `server-only` here: tests and `scripts/migrate.ts` (plain tsx) open databases too. This module
 * reads no setting; `lib/db/index.ts` opens the shop's own from the configuration.
 */

/** A SQLite file (`':memory:'` for tests) with the shop's settings, brought up to `steps` now. */
export function openSqliteDatabase(file: string, steps: readonly string[], name: string): Sql {
  const db = openSqlite(file);
  try {
    migrateSqlite(db, steps, name);
  } catch (error) {
    db.close();
    throw error;
  }
  return sqliteSql(db);
}

export type PostgresPoolOptions = Omit<pg.PoolConfig, 'connectionString'>;

/**
 * A PostgreSQL database whose schema is brought up to date before the first statement, once per
 * process (a failed attempt is forgotten, so an outage at start is not fatal for ever after).
 */
export function openPostgresDatabase(url: string, options: PostgresPoolOptions = {}): Sql {
  const pool = new pg.Pool({ connectionTimeoutMillis: 10_000, ...options, connectionString: url });
  return postgresSql(
    pool,
    onceUntilDone(async () => {
      await migratePostgres(pool);
    }),
  );
}

/**
 * `work` run once for every caller, concurrent ones included, until it succeeds; a failed run is
 * forgotten, so the next caller tries again (an outage at start is not fatal for ever after).
 */
export function onceUntilDone(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () =>
    (running ??= work().catch((error: unknown) => {
      running = undefined;
      throw error;
    }));
}
