import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getCallLogStore } from '@/lib/call-log';
import { closeDatabases } from '@/lib/db';
import { REDACTED } from '@/lib/call-log/redact';
import { sampleCall } from '@/lib/test-support/calls';
import { SANDBOX_DEFAULTS } from '@/lib/env';

describe('getCallLogStore', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'call-log-env-'));
  // The sandbox configuration: no upstream, the built-in account's password as credentials.
  process.env.SHOP_DATA_DIR = dataDir;
  process.env.STAFF_PASSWORD = 'staff-secret-password';
  delete process.env.LINKSFIELD_BASE_URL;
  delete process.env.CALL_LOG_LIMIT;

  afterAll(async () => {
    await closeDatabases();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens calls.sqlite in the data folder once per process', () => {
    expect(getCallLogStore()).toBe(getCallLogStore());
    expect(existsSync(join(dataDir, 'calls.sqlite'))).toBe(true);
  });

  it('blanks the configured passwords, the password digest and the staff password', async () => {
    const digest = createHash('md5').update(SANDBOX_DEFAULTS.password).digest('hex');
    const entry = await getCallLogStore().append(
      sampleCall({
        message: `${SANDBOX_DEFAULTS.password} / ${digest} / staff-secret-password`,
        responseBody: `oops ${digest}`,
      }),
    );
    expect(entry.message).toBe(`${REDACTED} / ${REDACTED} / ${REDACTED}`);
    expect(entry.responseBody).toBe(`oops ${REDACTED}`);
  });
});
