import 'server-only';
import { createHash } from 'node:crypto';
import { createCallLogStore, type CallLogStore } from '@/lib/call-log/call-log-store';
import { getDatabases } from '@/lib/db';
import type { Sql } from '@/lib/db/sql';
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
    env.paypal.api?.clientSecret,
  ].filter((value): value is string => typeof value === 'string' && value.length > 0);
}

// The log holds nothing but its database: one per database handle (a new one after closeDatabases).
const made = new WeakMap<Sql, CallLogStore>();

/** The staff call log on its database (lib/db). */
export function getCallLogStore(): CallLogStore {
  const { calls } = getDatabases();
  let store = made.get(calls);
  if (!store) {
    store = createCallLogStore(calls, { limit: getEnv().callLogLimit, secrets: callLogSecrets });
    made.set(calls, store);
  }
  return store;
}
