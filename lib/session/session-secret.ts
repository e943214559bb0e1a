import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEnv } from '@/lib/env';

let cached: string | undefined;

/**
 * The secret that seals session cookies: configured, or on the sandbox one made once and kept in the
 * data folder, so sessions survive a restart without any setting.
 */
export function getSessionSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.sessionSecret) return (cached = env.sessionSecret);
  const file = join(env.dataDir, 'session-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(env.dataDir, { recursive: true });
    const fresh = randomBytes(32).toString('base64url');
    // 'wx' fails if another process wrote it first; then read theirs.
    try {
      writeFileSync(file, fresh, { flag: 'wx', mode: 0o600 });
      cached = fresh;
    } catch {
      cached = readFileSync(file, 'utf8').trim();
    }
  }
  return cached;
}
