import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * A SQLite connection as both of the shop's databases use it (`':memory:'` for tests). The settings
 * are per connection, so every store opens through here.
 * - WAL: readers never wait for the writer.
 * - `synchronous = FULL`: each commit is synced to disk before it returns. The orders, payments and
 *   reports are money, and the call log is what staff send the provider when one goes wrong; WAL's
 *   usual NORMAL (better-sqlite3's build default) may lose the last commits on a power cut.
 * - A writer waits up to 5 s for another connection's lock instead of failing at once.
 * - Foreign keys are checked (SQLite leaves them off by default): a payment needs its order.
 */
export function openSqlite(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
