import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startShop } from './support/shop-process';
import { E2E_PORT } from './test-config';

// A port of its own beside the suite's shop (the load test takes +20 and +21).
const PORT = E2E_PORT + 30;

test('a data folder the shop cannot write to stops `next start` with a message naming SHOP_DATA_DIR', async () => {
  // Room for `startShop`'s own minute, so a shop that starts and never becomes healthy fails with its output.
  test.setTimeout(90_000);
  // Running as root, chmod stops no write: a path below a regular file can never be created, by anyone.
  const dir = mkdtempSync(join(tmpdir(), 'shop-unwritable-'));
  try {
    writeFileSync(join(dir, 'file'), 'not a folder');
    const dataDir = join(dir, 'file', 'data');
    // The SQLite stores and the session secret file live there: no DATABASE_URL, no SESSION_SECRET.
    const outcome = await startShop(PORT, { SHOP_DATA_DIR: dataDir, DATABASE_URL: '', SESSION_SECRET: '' }).then(
      async (shop) => {
        await shop.stop();
        return 'the shop started and served /sign-in';
      },
      (error: unknown) => String(error),
    );
    expect(outcome).toContain('the shop stopped at start (exit code 1)');
    expect(outcome).toContain(`SHOP_DATA_DIR (${dataDir}) is not writable: part of the path is a file, not a folder (ENOTDIR)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
