import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { callLogStoreContract } from '@/lib/call-log/call-log-store-contract';
import type { CallLogStore } from '@/lib/call-log/call-log-store';
import { createSqliteCallLogStore } from '@/lib/call-log/sqlite-call-log-store';
import { sampleCall } from '@/lib/call-log/test-calls';

/** A new folder for one test; the log file goes into a subfolder the store must create. */
function tempFile() {
  const dir = mkdtempSync(join(tmpdir(), 'call-log-'));
  return { dir, file: join(dir, 'nested', 'calls.sqlite') };
}

callLogStoreContract('SQLite', async () => {
  const { dir, file } = tempFile();
  return {
    async open(options) {
      return createSqliteCallLogStore(file, options);
    },
    // The database file and its WAL, byte for byte.
    async rawText() {
      const folder = join(file, '..');
      return readdirSync(folder)
        .map((name) => readFileSync(join(folder, name)).toString('latin1'))
        .join('\n');
    },
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite call log file', () => {
  const dirs: string[] = [];
  const stores: CallLogStore[] = [];
  const open = (file: string) => {
    const store = createSqliteCallLogStore(file, { limit: 1000, secrets: () => [] });
    stores.push(store);
    return store;
  };
  const newFile = () => {
    const { dir, file } = tempFile();
    dirs.push(dir);
    return file;
  };

  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close().catch(() => undefined);
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('also opens in memory, for tests', async () => {
    const store = open(':memory:');
    expect((await store.append(sampleCall())).id).toBe(1);
  });

  it('refuses rows that do not have the expected shape', async () => {
    const file = newFile();
    const store = open(file);
    await store.append(sampleCall());
    const raw = new Database(file);
    raw.prepare("UPDATE calls SET latency_ms = 'slow'").run();
    raw.close();
    await expect(store.get(1)).rejects.toThrow();
  });

  it('is migrated, in WAL mode, with indexes on order, endpoint and code', async () => {
    const file = newFile();
    await open(file).close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const indexes = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['calls_order_ref', 'calls_endpoint', 'calls_code']));
    raw.close();
  });

  it('refuses a file from a newer schema', async () => {
    const file = newFile();
    await open(file).close();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => open(file)).toThrow(/newer version/);
  });
});
