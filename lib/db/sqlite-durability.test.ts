import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDatabases, getDatabases } from '@/lib/db';
import { openSqlite } from '@/lib/db/open-sqlite';

/** Every connection better-sqlite3 opens in this file, so a test reads the settings of the shop's own. */
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
// The real helper, watched: both databases must open through it, so neither can drift from its settings.
vi.mock('@/lib/db/open-sqlite', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/db/open-sqlite')>();
  return { openSqlite: vi.fn(real.openSqlite) };
});

// `PRAGMA synchronous` answers 0 (OFF), 1 (NORMAL), 2 (FULL) or 3 (EXTRA).
const FULL = 2;

describe('both SQLite databases hold money: a commit is on disk before it returns', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sqlite-durability-'));
  beforeAll(() => {
    // The sandbox configuration, with the data folder of this test: the shop's own databases.
    process.env.SHOP_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    delete process.env.LINKSFIELD_BASE_URL;
  });
  afterAll(async () => {
    await closeDatabases();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the shop database and the call log through one helper, as two files', () => {
    getDatabases();
    expect(vi.mocked(openSqlite).mock.calls).toEqual([[join(dataDir, 'shop.sqlite')], [join(dataDir, 'calls.sqlite')]]);
    expect(opened).toHaveLength(2);
  });

  it.each([
    ['the shop database', 0],
    ['the call log', 1],
  ])('%s commits with synchronous=FULL in WAL mode, foreign keys checked', (_name, index) => {
    const db = opened[index]!;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(FULL);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
