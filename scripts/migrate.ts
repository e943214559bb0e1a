/** `npm run db:migrate`: brings the configured store's schema up to date and says what it did. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import pg from 'pg';
import { migrateCallLog } from '@/lib/call-log/call-log-migrations';
import { openSqlite } from '@/lib/sqlite/open-sqlite';
import { databaseUrlFromEnv, describeDatabaseUrl } from '@/lib/store/postgres-config';
import { migratePostgres } from '@/lib/store/postgres-migrations';
import { migrate as migrateSqlite } from '@/lib/store/sqlite-migrations';

/*
 * Plain tsx, so nothing here may import a module marked `server-only` (lib/env.ts, the stores): the
 * migration modules are used directly, and the SQLite files are found as lib/env.ts,
 * lib/store/index.ts and lib/call-log/index.ts find them (SHOP_DATA_DIR, else ./data).
 */

async function migrateConfiguredPostgres(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 10_000 });
  try {
    const { applied, version } = await migratePostgres(pool);
    console.log(
      applied.length
        ? `PostgreSQL ${describeDatabaseUrl(url)}: applied step${applied.length > 1 ? 's' : ''} ${applied.join(', ')}; schema is at version ${version}`
        : `PostgreSQL ${describeDatabaseUrl(url)}: already at version ${version}, nothing to do`,
    );
  } finally {
    await pool.end();
  }
}

function migrateSqliteFile(file: string, migrate: (db: Database.Database) => void): void {
  // The shop's own settings: a migration's commits are as durable as the shop's.
  const db = openSqlite(file);
  try {
    const before = db.pragma('user_version', { simple: true }) as number;
    migrate(db);
    const after = db.pragma('user_version', { simple: true }) as number;
    const applied = Array.from({ length: after - before }, (_, index) => before + index + 1);
    console.log(
      applied.length
        ? `SQLite ${file}: applied step${applied.length > 1 ? 's' : ''} ${applied.join(', ')}; schema is at version ${after}`
        : `SQLite ${file}: already at version ${after}, nothing to do`,
    );
  } finally {
    db.close();
  }
}

/** The orders and, in a file of its own, the staff call log (PostgreSQL holds both in one schema). */
function migrateConfiguredSqlite(): void {
  const dataDir = process.env.SHOP_DATA_DIR?.trim() || join(process.cwd(), 'data');
  mkdirSync(dataDir, { recursive: true });
  migrateSqliteFile(join(dataDir, 'shop.sqlite'), migrateSqlite);
  migrateSqliteFile(join(dataDir, 'calls.sqlite'), migrateCallLog);
}

async function main(): Promise<void> {
  const url = databaseUrlFromEnv(process.env);
  if (url) await migrateConfiguredPostgres(url);
  else migrateConfiguredSqlite();
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
