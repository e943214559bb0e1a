import type Database from 'better-sqlite3';

/** Each step runs once, in order; `user_version` remembers how far the calls file has come. */
const MIGRATIONS: string[] = [
  // AUTOINCREMENT: ids are never reused after old rows are pruned, so `beforeId` paging and links
  // to a call stay valid.
  `CREATE TABLE calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    url TEXT NOT NULL,
    accept_language TEXT NOT NULL,
    authenticated INTEGER NOT NULL CHECK (authenticated IN (0, 1)),
    http_status INTEGER,
    code INTEGER,
    message TEXT NOT NULL,
    latency_ms INTEGER NOT NULL,
    request_body TEXT NOT NULL,
    response_body TEXT,
    order_ref TEXT
  );
  CREATE INDEX calls_order_ref ON calls (order_ref, id);
  CREATE INDEX calls_endpoint ON calls (endpoint, id);
  CREATE INDEX calls_code ON calls (code, id);`,
];

export function migrateCallLog(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`The call log file is from a newer version of the shop (schema ${current}, known ${MIGRATIONS.length})`);
  }
  MIGRATIONS.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
}
