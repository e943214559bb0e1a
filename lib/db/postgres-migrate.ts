import type { Pool, PoolClient } from 'pg';
import { POSTGRES_STEPS } from '@/lib/db/migrations/postgres';
import type { MigrationResult } from '@/lib/db/sqlite-migrate';

/** The schema version the code expects: the number of steps. */
export const POSTGRES_SCHEMA_VERSION = POSTGRES_STEPS.length;

/**
 * One key for every shop instance on the database: whoever holds it migrates, the others wait and
 * then find the work done. A transaction-scoped lock is released by COMMIT or ROLLBACK, and by the
 * server if the connection dies, so a crashed instance never leaves it held.
 */
const MIGRATION_LOCK_KEY = 7_468_616_573; // arbitrary and fixed; it only has to differ from other apps' keys

async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Brings the database (the first schema on the connection's search_path) up to the current schema.
 * Each step runs in its own transaction under the advisory lock and is recorded in
 * `schema_migrations`, so a step is never half-applied and never applied twice, even when several
 * instances start at once.
 */
export async function migratePostgres(pool: Pool): Promise<MigrationResult> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    for (const [index, sql] of POSTGRES_STEPS.entries()) {
      const version = index + 1;
      const ran = await inTransaction(client, async () => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
        // Created under the lock: two concurrent CREATE TABLE IF NOT EXISTS can still collide.
        await client.query(
          `CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
          )`,
        );
        const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
        if (done.rowCount) return false;
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
        return true;
      });
      if (ran) applied.push(version);
    }
    client.release();
    return { applied, version: POSTGRES_SCHEMA_VERSION };
  } catch (error) {
    // A connection that failed mid-migration is not handed back to the pool for reuse.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}
