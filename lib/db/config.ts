import { z } from 'zod';

/*
 * No `server-only` here: `scripts/migrate.ts` runs under plain tsx, where that marker throws. This
 * module only reads and checks the setting; it holds no connection.
 */

const DATABASE_URL_MESSAGE =
  'must be a postgres:// or postgresql:// URL, e.g. postgresql://shop:secret@127.0.0.1:5432/shop';

const databaseUrlSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .string()
    .trim()
    .refine((value) => /^postgres(ql)?:\/\//i.test(value) && URL.canParse(value), DATABASE_URL_MESSAGE)
    .optional(),
);

export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(`DATABASE_URL: ${message}`);
    this.name = 'DatabaseUrlError';
  }
}

/** The PostgreSQL connection string when DATABASE_URL is set (the shop then uses PostgreSQL), else undefined. */
export function databaseUrlFromEnv(env: Record<string, string | undefined>): string | undefined {
  const result = databaseUrlSchema.safeParse(env.DATABASE_URL);
  if (!result.success) throw new DatabaseUrlError(result.error.issues[0]?.message ?? DATABASE_URL_MESSAGE);
  return result.data;
}

/** Where a connection string points, without its password, for logs and scripts. */
export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
  const host = parsed.host || parsed.searchParams.get('host') || 'local socket';
  return `${host}/${database}`;
}
