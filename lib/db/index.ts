import 'server-only';
import { join } from 'node:path';
import { getEnv } from '@/lib/env';
import { CALLS_SQLITE_STEPS } from '@/lib/db/migrations/calls-sqlite';
import { SHOP_SQLITE_STEPS } from '@/lib/db/migrations/shop-sqlite';
import { openPostgresDatabase, openSqliteDatabase } from '@/lib/db/open';
import { forgetOnePerProcess, onePerProcess } from '@/lib/one-per-process';
import type { Sql } from '@/lib/db/sql';

export type { Sql } from '@/lib/db/sql';

/** The shop's databases: orders and everything beside them, and the staff call log. */
export type Databases = { shop: Sql; calls: Sql };

/**
 * The databases, opened once per process (kept on globalThis: Next loads this module once per
 * bundle). With DATABASE_URL, one PostgreSQL holds both, so every instance shares orders, limits,
 * sessions and the call log; it is connected and migrated on first use. Otherwise two SQLite files
 * under the data folder, migrated now: `shop.sqlite`, and `calls.sqlite` apart, so that a busy log
 * never contends with a purchase.
 */
export function getDatabases(): Databases {
  return onePerProcess('databases', (): Databases => {
    const env = getEnv();
    if (env.databaseUrl) {
      const sql = openPostgresDatabase(env.databaseUrl);
      return { shop: sql, calls: sql };
    }
    return {
      shop: openSqliteDatabase(join(env.dataDir, 'shop.sqlite'), SHOP_SQLITE_STEPS, 'shop database'),
      calls: openSqliteDatabase(join(env.dataDir, 'calls.sqlite'), CALLS_SQLITE_STEPS, 'call log'),
    };
  });
}

/** Closes the databases and forgets them, so the next use opens them again: for tests, and a clean shutdown. */
export async function closeDatabases(): Promise<void> {
  const databases = forgetOnePerProcess<Databases>('databases');
  if (!databases) return;
  await databases.shop.close();
  if (databases.calls !== databases.shop) await databases.calls.close();
}
