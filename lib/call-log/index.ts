import 'server-only';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { CallLogStore } from '@/lib/call-log/call-log-store';
import { createSqliteCallLogStore } from '@/lib/call-log/sqlite-call-log-store';
import { EnvError, getEnv } from '@/lib/env';

export type { CallLogStore } from '@/lib/call-log/call-log-store';
export type { CallLogEntry, CallLogFilter, UpstreamCall } from '@/lib/call-log/types';

export const DEFAULT_CALL_LOG_LIMIT = 5000;

const limitMessage = 'CALL_LOG_LIMIT must be a whole number from 1 to 100000 (how many provider calls to keep)';
const limitSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.coerce
    .number({ error: limitMessage })
    .int(limitMessage)
    .min(1, limitMessage)
    .max(100_000, limitMessage)
    .default(DEFAULT_CALL_LOG_LIMIT),
);

/** `CALL_LOG_LIMIT` checked: unset or blank gives the default; anything else wrong is an EnvError. */
export function parseCallLogLimit(raw: string | undefined): number {
  const result = limitSchema.safeParse(raw);
  if (!result.success) throw new EnvError([`CALL_LOG_LIMIT: ${limitMessage}, got "${raw}"`]);
  return result.data;
}

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

/** Values that must never be written to the log, wherever they turn up. */
function configuredSecrets(): string[] {
  const env = getEnv();
  const password = env.credentials?.password;
  return [
    env.accessToken,
    password,
    // The login sends the password as its MD5 digest (`passwd`).
    password === undefined ? undefined : md5(password),
    process.env.STAFF_PASSWORD,
    env.sessionSecret,
  ].filter((value): value is string => typeof value === 'string' && value.length > 0);
}

const globalKey = Symbol.for('esim-qr-mall.call-log-store');
type Holder = { [globalKey]?: CallLogStore };

/** The staff call log: `calls.sqlite` under the data folder, opened once per process. */
export function getCallLogStore(): CallLogStore {
  const holder = globalThis as Holder;
  holder[globalKey] ??= createSqliteCallLogStore(join(getEnv().dataDir, 'calls.sqlite'), {
    limit: parseCallLogLimit(process.env.CALL_LOG_LIMIT),
    secrets: configuredSecrets,
  });
  return holder[globalKey];
}
