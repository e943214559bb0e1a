import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CALL_LOG_LIMIT, getCallLogStore, parseCallLogLimit } from '@/lib/call-log';
import { REDACTED } from '@/lib/call-log/redact';
import { sampleCall } from '@/lib/call-log/test-calls';
import { EnvError, SANDBOX_DEFAULTS } from '@/lib/env';

describe('parseCallLogLimit', () => {
  it('defaults to 5000 when unset or blank', () => {
    expect(parseCallLogLimit(undefined)).toBe(DEFAULT_CALL_LOG_LIMIT);
    expect(parseCallLogLimit('')).toBe(5000);
    expect(parseCallLogLimit('  ')).toBe(5000);
  });

  it('accepts whole numbers from 1 to 100000', () => {
    expect(parseCallLogLimit('1')).toBe(1);
    expect(parseCallLogLimit(' 250 ')).toBe(250);
    expect(parseCallLogLimit('100000')).toBe(100_000);
  });

  it.each(['0', '-5', '1.5', '100001', 'lots', '5k'])('rejects %s with a message naming CALL_LOG_LIMIT', (raw) => {
    expect(() => parseCallLogLimit(raw)).toThrow(EnvError);
    expect(() => parseCallLogLimit(raw)).toThrow(/CALL_LOG_LIMIT must be a whole number from 1 to 100000/);
  });
});

describe('getCallLogStore', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'call-log-env-'));
  // The sandbox configuration: no upstream, the built-in account's password as credentials.
  process.env.SHOP_DATA_DIR = dataDir;
  process.env.STAFF_PASSWORD = 'staff-secret-password';
  delete process.env.LINKSFIELD_BASE_URL;
  delete process.env.CALL_LOG_LIMIT;

  afterAll(() => {
    getCallLogStore().close();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('esim-qr-mall.call-log-store')];
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
