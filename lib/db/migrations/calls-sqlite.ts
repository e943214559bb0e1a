/* The staff call log's own SQLite file: append a step, never edit one that has shipped. */
export const CALLS_SQLITE_STEPS: readonly string[] = [
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
