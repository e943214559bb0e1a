import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '@/lib/db/open-sqlite';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openSqlite', () => {
  it('creates the folder and opens the file in WAL mode, synchronous=FULL, waiting 5 s for a lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'open-sqlite-'));
    dirs.push(dir);
    const file = join(dir, 'nested', 'shop.sqlite');
    const db = openSqlite(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 is FULL (1 would be NORMAL, WAL's usual setting).
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('applies the same to an in-memory database (tests), where WAL does not exist', () => {
    const db = openSqlite(':memory:');
    expect(db.pragma('journal_mode', { simple: true })).toBe('memory');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});
