import pg from 'pg';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callLogStoreContract, CONFIGURED_TOKEN } from '@/lib/call-log/call-log-store-contract';
import type { CallLogStore } from '@/lib/call-log/call-log-store';
import { openPostgresCallLogStore } from '@/lib/call-log/postgres-call-log-store';
import { lazyPostgresCallLogStore } from '@/lib/call-log/postgres-lazy-call-log-store';
import { sampleCall } from '@/lib/call-log/test-calls';
import { migratePostgres, POSTGRES_SCHEMA_VERSION } from '@/lib/store/postgres-migrations';
import { startTestPostgres, testPostgresTarget, warmTestPostgres, type TestPostgres } from '@/lib/test-support/postgres';

// PGlite's first start in a process runs initdb: pay it here, not inside a test's timeout.
beforeAll(warmTestPostgres, 120_000);

/** Runs `work` on a connection of its own, outside any store. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

callLogStoreContract(`PostgreSQL (${testPostgresTarget()})`, async () => {
  const db = await startTestPostgres();
  return {
    open: (options) => openPostgresCallLogStore(db.url, options),
    // Every stored row as the database holds it.
    rawText: () =>
      withClient(db.url, async (client) => {
        const { rows } = await client.query<{ row: string }>('SELECT row_to_json(calls)::text AS row FROM calls');
        return rows.map((row) => row.row).join('\n');
      }),
    dispose: () => db.stop(),
  };
});

describe(`PostgreSQL call log beyond the contract (${testPostgresTarget()})`, () => {
  let db: TestPostgres;
  const stores: CallLogStore[] = [];
  const options = { limit: 1000, secrets: () => [CONFIGURED_TOKEN] };
  const open = async (limit = 1000) => {
    const store = await openPostgresCallLogStore(db.url, { ...options, limit });
    stores.push(store);
    return store;
  };

  beforeEach(async () => {
    db = await startTestPostgres();
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await db.stop();
  });

  it('is a step of the shop schema, with indexes on order, endpoint and code', async () => {
    await open();
    await withClient(db.url, async (client) => {
      const versions = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.rows.map((row) => row.version)).toEqual([1, 2, 3, 4, 5]);
      const indexes = await client.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'calls'");
      expect(indexes.rows.map((row) => row.indexname)).toEqual(
        expect.arrayContaining(['calls_order_ref', 'calls_endpoint', 'calls_code']),
      );
    });
    // The order store, opened later on the same database, finds the schema complete.
    const pool = new pg.Pool({ connectionString: db.url });
    try {
      expect(await migratePostgres(pool)).toEqual({ applied: [], version: POSTGRES_SCHEMA_VERSION });
    } finally {
      await pool.end();
    }
  });

  it('is one log for every instance on the database, within its bound', async () => {
    const [a, b] = [await open(10), await open(10)];
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

  it('connects and migrates on first use when opened lazily', async () => {
    const store = lazyPostgresCallLogStore(db.url, options);
    stores.push(store);
    const [entry, listed] = await Promise.all([store.append(sampleCall()), store.endpoints()]);
    expect(listed.length).toBeLessThanOrEqual(1);
    expect(await store.get(entry.id)).toEqual(entry);
    await withClient(db.url, async (client) => {
      expect((await client.query('SELECT * FROM calls')).rowCount).toBe(1);
    });
  });
});
