/** `npm run db:migrate`: brings the configured store's schema up to date and says what it did. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { databaseUrlFromEnv, describeDatabaseUrl } from '@/lib/db/config';
import { CALLS_SQLITE_STEPS } from '@/lib/db/migrations/calls-sqlite';
import { SHOP_SQLITE_STEPS } from '@/lib/db/migrations/shop-sqlite';
import { openSqlite } from '@/lib/db/open-sqlite';
import { migratePostgres } from '@/lib/db/postgres-migrate';
import { migrateSqlite } from '@/lib/db/sqlite-migrate';

/*
 * Plain tsx, so nothing here may import a module marked `server-only` (lib/env.ts, the stores): the
 * migration modules are used directly, and the SQLite files are found as lib/env.ts and
 * lib/db/index.ts find them (SHOP_DATA_DIR, else ./data).
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

function migrateSqliteFile(file: string, steps: readonly string[], name: string): void {
  // The shop's own settings: a migration's commits are as durable as the shop's.
  const db = openSqlite(file);
  try {
    const { applied, version } = migrateSqlite(db, steps, name);
    console.log(
      applied.length
        ? `SQLite ${file}: applied step${applied.length > 1 ? 's' : ''} ${applied.join(', ')}; schema is at version ${version}`
        : `SQLite ${file}: already at version ${version}, nothing to do`,
    );
  } finally {
    db.close();
  }
}

/** The orders and, in a file of its own, the staff call log (PostgreSQL holds both in one schema). */
function migrateConfiguredSqlite(): void {
  const dataDir = process.env.SHOP_DATA_DIR?.trim() || join(process.cwd(), 'data');
  mkdirSync(dataDir, { recursive: true });
  migrateSqliteFile(join(dataDir, 'shop.sqlite'), SHOP_SQLITE_STEPS, 'shop database');
  migrateSqliteFile(join(dataDir, 'calls.sqlite'), CALLS_SQLITE_STEPS, 'call log');
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
