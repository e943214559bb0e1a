import type pg from 'pg';
import type { Row, Sql, SqlValue } from '@/lib/db/sql';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

function over(client: Queryable, ready: () => Promise<void>): Pick<Sql, 'engine' | 'all' | 'run'> {
  return {
    engine: 'postgres',
    async all(text, values: readonly SqlValue[] = []) {
      await ready();
      return (await client.query(text, [...values])).rows as Row[];
    },
    async run(text, values: readonly SqlValue[] = []) {
      await ready();
      return (await client.query(text, [...values])).rowCount ?? 0;
    },
  };
}

/**
 * The `Sql` of a pg pool. `ready` runs before every statement (the schema's migrations, once per
 * process): the pool opens no connection until the first statement. The Sql owns the pool.
 */
export function postgresSql(pool: pg.Pool, ready: () => Promise<void> = async () => undefined): Sql {
  // An idle pooled connection can die (server restart, failover); pg reports that on the pool, and
  // an unheard 'error' event would end the process. The pool replaces the connection on next use.
  pool.on('error', (error) => {
    console.error(`[shop] PostgreSQL connection lost: ${error.message}`);
  });
  return {
    ...over(pool, ready),
    async transaction(work) {
      await ready();
      const client = await pool.connect();
      const inTransaction: Sql = {
        ...over(client, async () => undefined),
        transaction: (inner) => inner(inTransaction),
        close: async () => undefined,
      };
      try {
        await client.query('BEGIN');
        const result = await work(inTransaction);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        // A connection that failed mid-transaction is not handed back for reuse.
        client.release(error instanceof Error ? error : true);
        throw error;
      }
    },
    async close() {
      await pool.end();
    },
  };
}
