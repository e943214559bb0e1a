import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { startPgliteServer } from '@/lib/test-support/pglite-server';

export type TestPostgres = {
  /** A connection string to an empty database (or schema) that no other call shares. */
  url: string;
  /** Drops what the call created. Close the pools that use `url` first. */
  stop(): Promise<void>;
};

function testDatabaseUrl(): string | undefined {
  const value = process.env.TEST_DATABASE_URL?.trim();
  if (!value) return undefined;
  if (!/^postgres(ql)?:\/\//i.test(value) || !URL.canParse(value)) {
    throw new Error('TEST_DATABASE_URL must be a postgres:// or postgresql:// URL, e.g. postgresql://shop:shop@127.0.0.1:5432/shop_test');
  }
  return value;
}

/** What the PostgreSQL tests run against, for their titles. */
export function testPostgresTarget(): 'PostgreSQL server' | 'PGlite' {
  return testDatabaseUrl() ? 'PostgreSQL server' : 'PGlite';
}

/**
 * A fresh, empty PostgreSQL for one test: a new schema on the server at TEST_DATABASE_URL when it is
 * set, else a new in-memory PGlite behind its socket server on a random loopback port, so the real pg
 * driver and wire protocol are exercised either way and nothing is skipped.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const server = testDatabaseUrl();
  return server ? startSchema(server) : startPglite();
}

/**
 * Pays the one-time cost of the PGlite path (initdb, 3-6 s) outside any test's timeout; call it from
 * `beforeAll` with a generous timeout. Does nothing against a PostgreSQL server.
 */
export async function warmTestPostgres(): Promise<void> {
  if (!testDatabaseUrl()) await pgliteTemplate();
}

/*
 * A schema per call rather than a database: it needs only CREATE on the database (no CREATEDB), and
 * `options=-c search_path=...` in the URL puts every unqualified name the store uses into it, on every
 * connection of every pool opened with that URL.
 */
async function startSchema(serverUrl: string): Promise<TestPostgres> {
  const schema = `shop_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const url = new URL(serverUrl);
  const options = url.searchParams.get('options');
  url.searchParams.set('options', `${options ? `${options} ` : ''}-c search_path=${schema}`);
  return {
    url: url.toString(),
    async stop() {
      try {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}

/*
 * initdb dominates PGlite's start-up (seconds); loading a dump of a fresh data directory takes about
 * one. So each process runs initdb once and every call starts from that dump.
 */
let template: Promise<Blob> | undefined;

function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const db = await PGlite.create();
    try {
      return await db.dumpDataDir('none');
    } finally {
      await db.close();
    }
  })().catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  return template;
}

/*
 * PGlite is one PostgreSQL backend: `startPgliteServer` hands its single session to one connection at
 * a time, for a whole query or a whole transaction. Concurrent claims are therefore serialised here,
 * not raced: the SQL and the driver are exercised, true concurrency only against a real server
 * (TEST_DATABASE_URL).
 */
async function startPglite(): Promise<TestPostgres> {
  const db = await PGlite.create({ loadDataDir: await pgliteTemplate() });
  let server;
  try {
    server = await startPgliteServer(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const { address, stop } = server;
  return {
    url: `postgresql://postgres:postgres@${address}/postgres`,
    async stop() {
      await stop();
      await db.close();
    },
  };
}
