import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `checkEnvAtStart` with a fresh `getEnv` (it reads the environment once per process). */
async function runCheck(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
  const { checkEnvAtStart } = await import('@/lib/check-env-at-start');
  checkEnvAtStart();
  return { exit, error };
}

describe('checkEnvAtStart', () => {
  it('stops the shop with a message naming SHOP_DATA_DIR when the shop cannot write there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'env-at-start-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'file'), 'not a folder');
    const dataDir = join(dir, 'file', 'data');
    const { exit, error } = await runCheck({ SHOP_DATA_DIR: dataDir, DATABASE_URL: '', SESSION_SECRET: '' });
    expect(exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls.join('\n')).toContain(`SHOP_DATA_DIR (${dataDir}) is not writable`);
  });

  it('starts with a writable folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'env-at-start-'));
    dirs.push(dir);
    const { exit, error } = await runCheck({ SHOP_DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SESSION_SECRET: '' });
    expect(exit).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
