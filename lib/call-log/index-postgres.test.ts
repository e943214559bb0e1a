import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCallLogStore } from '@/lib/call-log';
import { closeDatabases } from '@/lib/db';
import { REDACTED } from '@/lib/call-log/redact';
import { sampleCall } from '@/lib/test-support/calls';
import { startTestPostgres, testPostgresTarget, type TestPostgres } from '@/lib/test-support/postgres';

describe(`getCallLogStore with DATABASE_URL (${testPostgresTarget()})`, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'call-log-pg-env-'));
  let db: TestPostgres;

  beforeAll(async () => {
    db = await startTestPostgres();
    // Read by the env module on first use, which comes after this.
    process.env.DATABASE_URL = db.url;
    process.env.SHOP_DATA_DIR = dataDir;
    process.env.STAFF_PASSWORD = 'staff-secret-password';
    delete process.env.LINKSFIELD_BASE_URL;
    delete process.env.CALL_LOG_LIMIT;
  }, 120_000);

  afterAll(async () => {
    await closeDatabases();
    delete process.env.DATABASE_URL;
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the redacted calls to PostgreSQL, and no file', async () => {
    expect(getCallLogStore()).toBe(getCallLogStore());
    const entry = await getCallLogStore().append(sampleCall({ message: 'staff-secret-password leaked' }));
    expect(entry.message).toBe(`${REDACTED} leaked`);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ message: string }>('SELECT message FROM calls WHERE id = $1', [entry.id]);
      expect(rows).toEqual([{ message: `${REDACTED} leaked` }]);
    } finally {
      await client.end();
    }
    expect(existsSync(join(dataDir, 'calls.sqlite'))).toBe(false);
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
