import 'server-only';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CallLogOptions, CallLogStore } from '@/lib/call-log/call-log-store';
import { lazyPostgresCallLogStore } from '@/lib/call-log/postgres-lazy-call-log-store';
import { createSqliteCallLogStore } from '@/lib/call-log/sqlite-call-log-store';
import { getEnv } from '@/lib/env';

export type { CallLogStore } from '@/lib/call-log/call-log-store';
export type { CallLogEntry, CallLogFilter, UpstreamCall } from '@/lib/call-log/types';

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

/** Values that must never be written to the log or an export, wherever they turn up. */
export function callLogSecrets(): string[] {
  const env = getEnv();
  const password = env.credentials?.password;
  return [
    env.accessToken,
    password,
    // The login sends the password as its MD5 digest (`passwd`).
    password === undefined ? undefined : md5(password),
    env.staffPassword,
    env.sessionSecret,
  ].filter((value): value is string => typeof value === 'string' && value.length > 0);
}

const globalKey = Symbol.for('esim-qr-mall.call-log-store');
type Holder = { [globalKey]?: CallLogStore };

/**
 * The staff call log, opened once per process: in PostgreSQL beside the orders when DATABASE_URL is
 * set (connected and migrated on first use), so every shop instance shares one log; else
 * `calls.sqlite` under the data folder.
 */
export function getCallLogStore(): CallLogStore {
  const holder = globalThis as Holder;
  if (!holder[globalKey]) {
    const env = getEnv();
    const options: CallLogOptions = { limit: env.callLogLimit, secrets: callLogSecrets };
    holder[globalKey] = env.databaseUrl
      ? lazyPostgresCallLogStore(env.databaseUrl, options)
      : createSqliteCallLogStore(join(env.dataDir, 'calls.sqlite'), options);
  }
  return holder[globalKey];
}
