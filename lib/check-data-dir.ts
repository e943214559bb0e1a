import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import type { ShopEnv } from '@/lib/env';

/** The file functions the check uses; a test passes ones that fail like a full or read-only disk. */
export type ProbeFs = Pick<typeof nodeFs, 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'unlinkSync'>;

/** One SQLite page: what the smallest commit writes. */
const PROBE_BYTES = 4096;

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'part of the path is a file, not a folder',
};

export class DataDirError extends Error {
  constructor(dir: string, cause: unknown) {
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
    const reason = code ? `${REASONS[code] ?? (cause as Error).message} (${code})` : String(cause);
    super(
      `SHOP_DATA_DIR (${dir}) is not writable: ${reason}. The shop keeps its SQLite databases there ` +
        'unless DATABASE_URL is set, and its session secret unless SESSION_SECRET is set. ' +
        'Point SHOP_DATA_DIR at a folder the shop can write to, with free space.',
      { cause },
    );
    this.name = 'DataDirError';
  }
}

/**
 * Whether the shop writes to its data folder: the order store and the call log are SQLite files
 * there without DATABASE_URL, and the sandbox's session secret is kept there without SESSION_SECRET.
 */
export function writesToDataDir(env: Pick<ShopEnv, 'databaseUrl' | 'sessionSecret'>): boolean {
  return !env.databaseUrl || !env.sessionSecret;
}

/**
 * Creates the folder and writes, syncs and removes a probe file, so that a read-only or full disk
 * stops the shop at start with a clear message instead of failing every sign-in and order later.
 */
export function checkDataDirWritable(dir: string, fs: ProbeFs = nodeFs): void {
  const probe = join(dir, `.write-check-${process.pid}`);
  let fd: number | undefined;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fd = fs.openSync(probe, 'w', 0o600);
    fs.writeSync(fd, Buffer.alloc(PROBE_BYTES));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.unlinkSync(probe);
  } catch (error) {
    if (fd !== undefined) removeProbe(fs, fd, probe);
    throw new DataDirError(dir, error);
  }
}

function removeProbe(fs: ProbeFs, fd: number, probe: string): void {
  try {
    fs.closeSync(fd);
    fs.unlinkSync(probe);
  } catch {
    // The check already failed; that error is the one to report.
  }
}
