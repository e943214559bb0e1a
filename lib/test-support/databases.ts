import { describe } from 'vitest';
import { CALLS_SQLITE_STEPS } from '@/lib/db/migrations/calls-sqlite';
import { SHOP_SQLITE_STEPS } from '@/lib/db/migrations/shop-sqlite';
import { openPostgresDatabase, openSqliteDatabase } from '@/lib/db/open';
import type { Sql } from '@/lib/db/sql';
import { createStores, type Stores } from '@/lib/store/stores';
import { startTestPostgres, testPostgresTarget } from '@/lib/test-support/postgres';

export type Engine = 'sqlite' | 'postgres';
export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/** A fresh, empty database of `engine` with the schema of `file` (PostgreSQL holds both in one). */
export type TestDatabase = { sql: Sql; close(): Promise<void> };

export async function openTestDatabase(engine: Engine, file: 'shop' | 'calls' = 'shop'): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const sql = openSqliteDatabase(':memory:', file === 'shop' ? SHOP_SQLITE_STEPS : CALLS_SQLITE_STEPS, `test ${file}`);
    return { sql, close: () => sql.close() };
  }
  const server = await startTestPostgres();
  const sql = openPostgresDatabase(server.url);
  return {
    sql,
    async close() {
      await sql.close();
      await server.stop();
    },
  };
}

/** What a suite runs against: SQLite, and PostgreSQL (a server with TEST_DATABASE_URL, else PGlite). */
export function engineTitle(engine: Engine): string {
  return engine === 'sqlite' ? 'SQLite' : `PostgreSQL (${testPostgresTarget()})`;
}

/** The same suite once per database engine: the stores are written once and must behave alike on both. */
export function describeOnEachEngine(title: string, suite: (engine: Engine) => void): void {
  for (const engine of ENGINES) describe(`${title} on ${engineTitle(engine)}`, () => suite(engine));
}

/** The shop's stores on a SQLite database in memory: for tests of what uses them. */
export function memoryStores(): Stores & { close(): Promise<void> } {
  const sql = openSqliteDatabase(':memory:', SHOP_SQLITE_STEPS, 'test shop');
  return { ...createStores(sql), close: () => sql.close() };
}
