import type Database from 'better-sqlite3';

export type MigrationResult = {
  /** The steps this call ran, in order; empty when the database was already current. */
  applied: number[];
  version: number;
};

/**
 * Brings a SQLite file up to `steps`: each step once, in its own transaction, `user_version`
 * remembering how far the file has come. A file from a newer shop is refused, never guessed at.
 */
export function migrateSqlite(db: Database.Database, steps: readonly string[], name: string): MigrationResult {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new Error(`The ${name} file is from a newer version of the shop (schema ${current}, known ${steps.length})`);
  }
  const applied: number[] = [];
  steps.slice(current).forEach((sql, index) => {
    const version = current + index + 1;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
    applied.push(version);
  });
  return { applied, version: steps.length };
}
