import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataDirWritable, DataDirError, writesToDataDir } from '@/lib/check-data-dir';
import { parseEnv } from '@/lib/env';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'data-dir-check-'));
  dirs.push(dir);
  return dir;
};

/** Node's own file functions, with one of them failing as a full disk or a read-only mount would. */
function failing(name: 'openSync' | 'writeSync' | 'fsyncSync', code: string) {
  return {
    ...fs,
    [name]: () => {
      throw Object.assign(new Error(`${code}: simulated`), { code });
    },
  };
}

describe('checkDataDirWritable', () => {
  it('creates the folder, proves a synced write, and leaves nothing behind', () => {
    const dir = join(tempDir(), 'nested', 'data');
    checkDataDirWritable(dir);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder that cannot be created (its parent is a file), naming SHOP_DATA_DIR and the path', () => {
    const file = join(tempDir(), 'file');
    writeFileSync(file, 'not a folder');
    const dir = join(file, 'data');
    expect(() => checkDataDirWritable(dir)).toThrow(DataDirError);
    expect(() => checkDataDirWritable(dir)).toThrow(`SHOP_DATA_DIR (${dir}) is not writable: part of the path is a file, not a folder (ENOTDIR)`);
  });

  it('refuses a full disk: the write fails with ENOSPC, and the probe file is removed', () => {
    const dir = tempDir();
    expect(() => checkDataDirWritable(dir, failing('writeSync', 'ENOSPC'))).toThrow(
      `SHOP_DATA_DIR (${dir}) is not writable: the disk is full (ENOSPC)`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a disk that cannot sync, and a read-only file system', () => {
    const dir = tempDir();
    expect(() => checkDataDirWritable(dir, failing('fsyncSync', 'EIO'))).toThrow(/SHOP_DATA_DIR .* is not writable: .*EIO/);
    expect(readdirSync(dir)).toEqual([]);
    expect(() => checkDataDirWritable(dir, failing('openSync', 'EROFS'))).toThrow(
      `SHOP_DATA_DIR (${dir}) is not writable: the file system is read-only (EROFS)`,
    );
  });

  it('says what the folder holds and what to do', () => {
    const dir = tempDir();
    const error = (() => {
      try {
        checkDataDirWritable(dir, failing('writeSync', 'ENOSPC'));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DataDirError);
    expect((error as Error).message).toMatch(/SQLite .*DATABASE_URL/);
    expect((error as Error).message).toMatch(/session secret .*SESSION_SECRET/);
  });
});

describe('writesToDataDir', () => {
  const SECRET = 'a-session-secret-of-32-characters-at-least';
  it('is true whenever the shop would write there: the SQLite stores, or the session secret file', () => {
    expect(writesToDataDir(parseEnv({}))).toBe(true);
    expect(writesToDataDir(parseEnv({ DATABASE_URL: 'postgresql://shop@127.0.0.1/shop' }))).toBe(true);
    expect(writesToDataDir(parseEnv({ SESSION_SECRET: SECRET }))).toBe(true);
  });

  it('is false only with both PostgreSQL and a configured session secret', () => {
    expect(writesToDataDir(parseEnv({ DATABASE_URL: 'postgresql://shop@127.0.0.1/shop', SESSION_SECRET: SECRET }))).toBe(false);
  });
});
