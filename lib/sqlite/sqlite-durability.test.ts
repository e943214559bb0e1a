import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSqliteCallLogStore } from '@/lib/call-log/sqlite-call-log-store';
import { openSqlite } from '@/lib/sqlite/open-sqlite';
import { createSqliteOrderStore } from '@/lib/store/sqlite-order-store';

/** Every connection better-sqlite3 opens in this file, so a test reads the settings of a store's own. */
const opened = vi.hoisted(() => [] as Database.Database[]);
vi.mock('better-sqlite3', async (importOriginal) => {
  const { default: Real } = await importOriginal<{ default: typeof Database }>();
  class Recorded extends Real {
    constructor(...args: ConstructorParameters<typeof Database>) {
      super(...args);
      opened.push(this);
    }
  }
  return { default: Recorded };
});
// The real helper, watched: both stores must open through it, so neither can drift from its settings.
vi.mock('@/lib/sqlite/open-sqlite', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/sqlite/open-sqlite')>();
  return { openSqlite: vi.fn(real.openSqlite) };
});

// `PRAGMA synchronous` answers 0 (OFF), 1 (NORMAL), 2 (FULL) or 3 (EXTRA).
const FULL = 2;

const dirs: string[] = [];
afterEach(() => {
  opened.splice(0);
  vi.mocked(openSqlite).mockClear();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempFile = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'sqlite-durability-'));
  dirs.push(dir);
  return join(dir, name);
};

/** The one connection opened since the test began: the store's own (the setting is per connection). */
function storeConnection(): Database.Database {
  expect(opened).toHaveLength(1);
  return opened[0]!;
}

describe('both SQLite databases hold money: a commit is on disk before it returns', () => {
  it('the order store commits with synchronous=FULL in WAL mode', () => {
    const file = tempFile('shop.sqlite');
    const store = createSqliteOrderStore(file);
    const db = storeConnection();
    expect(vi.mocked(openSqlite).mock.calls).toEqual([[file]]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });

  it('the call log commits with synchronous=FULL in WAL mode', async () => {
    const file = tempFile('calls.sqlite');
    const store = createSqliteCallLogStore(file, { limit: 10, secrets: () => [] });
    const db = storeConnection();
    expect(vi.mocked(openSqlite).mock.calls).toEqual([[file]]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    await store.close();
  });
});
