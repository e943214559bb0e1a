/*
 * Steps 1-3 are those of `shop-sqlite.ts`, so "version 3" names the same order schema in both
 * stores; a new order step goes into both lists (steps 5 and 6 here are SQLite's steps 4 and 5). Step 4
 * is the staff call log, which SQLite keeps in a file of its own (`calls-sqlite.ts`): in PostgreSQL it shares the database, so
 * every shop instance writes to and reads the same log. Timestamps stay TEXT holding the ISO strings the shop writes (the
 * store hands them back byte for byte, as SQLite does); COLLATE "C" makes ORDER BY compare them as
 * bytes, whatever the database's locale. `seq` stands in for SQLite's rowid: the tie-breaker that
 * keeps insertion order among rows with the same timestamp.
 */
export const POSTGRES_STEPS: readonly string[] = [
  `CREATE TABLE orders (
    ref TEXT PRIMARY KEY,
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    created_at TEXT COLLATE "C" NOT NULL,
    locale TEXT NOT NULL,
    email TEXT NOT NULL,
    package_id BIGINT NOT NULL,
    package_code TEXT NOT NULL,
    package_name TEXT NOT NULL,
    currency TEXT NOT NULL,
    currency_id BIGINT NOT NULL,
    digits INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    periods INTEGER NOT NULL,
    money_minor BIGINT NOT NULL,
    provider_order_id BIGINT NOT NULL,
    order_no TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    provider_currency TEXT NOT NULL,
    provider_package_name TEXT NOT NULL,
    order_time TEXT NOT NULL,
    provider_periods INTEGER NOT NULL,
    client_id TEXT NOT NULL,
    request_json TEXT NOT NULL,
    response_json TEXT NOT NULL
  );
  CREATE INDEX orders_provider_order_id ON orders (provider_order_id);
  CREATE INDEX orders_recent ON orders (created_at DESC, seq DESC);`,
  `ALTER TABLE orders ADD COLUMN account_email TEXT;
  ALTER TABLE orders ADD COLUMN placed_with TEXT NOT NULL DEFAULT 'shop';
  ALTER TABLE orders ADD COLUMN provider_pay_status TEXT;
  CREATE INDEX orders_account_email ON orders (account_email);
  CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    order_ref TEXT NOT NULL REFERENCES orders (ref),
    status TEXT NOT NULL CHECK (status IN ('processing', 'succeeded', 'declined', 'refunded')),
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    card_last4 TEXT NOT NULL,
    reason TEXT,
    created_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX payments_order_ref ON payments (order_ref, created_at, seq);
  -- At most one payment under way or succeeded per order: a double click cannot charge twice.
  CREATE UNIQUE INDEX payments_one_live ON payments (order_ref) WHERE status IN ('processing', 'succeeded');
  CREATE TABLE payment_reports (
    order_ref TEXT PRIMARY KEY REFERENCES orders (ref),
    type TEXT NOT NULL CHECK (type IN ('succeeded', 'failed')),
    payment_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('sending', 'answered', 'unconfirmed')),
    code BIGINT,
    message TEXT,
    request_json TEXT,
    response_json TEXT,
    created_at TEXT COLLATE "C" NOT NULL,
    answered_at TEXT
  );`,
  `CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'refused', 'unconfirmed')),
    order_ref TEXT REFERENCES orders (ref),
    request_json TEXT,
    created_at TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX idempotency_keys_state ON idempotency_keys (state, updated_at);
  CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    window_start TEXT COLLATE "C" NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
  );`,
  // An identity never hands out an id twice, even after old calls are pruned, so `beforeId` paging and
  // links to a call stay valid (AUTOINCREMENT in the SQLite log). COLLATE "C": endpoints sort and
  // times compare as bytes, as in SQLite.
  `CREATE TABLE calls (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TEXT COLLATE "C" NOT NULL,
    endpoint TEXT COLLATE "C" NOT NULL,
    url TEXT NOT NULL,
    accept_language TEXT NOT NULL,
    authenticated BOOLEAN NOT NULL,
    http_status INTEGER,
    code BIGINT,
    message TEXT NOT NULL,
    latency_ms BIGINT NOT NULL,
    request_body TEXT NOT NULL,
    response_body TEXT,
    order_ref TEXT
  );
  CREATE INDEX calls_order_ref ON calls (order_ref, id);
  CREATE INDEX calls_endpoint ON calls (endpoint, id);
  CREATE INDEX calls_code ON calls (code, id);`,
  // Step 4 of `shop-sqlite.ts`: crash recovery.
  `ALTER TABLE payments ADD COLUMN provider_payment_id TEXT;
  ALTER TABLE payment_reports ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE payment_reports ADD COLUMN sent_at TEXT COLLATE "C";
  UPDATE payment_reports SET sent_at = created_at;
  CREATE INDEX payments_live ON payments (status, created_at) WHERE status IN ('processing', 'succeeded');
  CREATE TABLE recovery_actions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TEXT COLLATE "C" NOT NULL,
    order_ref TEXT,
    idempotency_key TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
  );
  CREATE INDEX recovery_actions_order_ref ON recovery_actions (order_ref, id);`,
  // Step 5 of the SQLite list: sessions ended on the server (sign-out) even while their sealed cookie
  // lives on, seen by every instance.
  `CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'staff')),
    created_at TEXT COLLATE "C" NOT NULL,
    expires_at TEXT COLLATE "C" NOT NULL,
    ended_at TEXT
  );
  CREATE INDEX sessions_expires_at ON sessions (expires_at);`,
  // Step 6 of the SQLite list: PayPal (a method, a PayPal order id, pending captures, one payment per
  // provider payment id) and the PayPal orders the shop created.
  `ALTER TABLE payments DROP CONSTRAINT payments_status_check;
  ALTER TABLE payments ADD CONSTRAINT payments_status_check
    CHECK (status IN ('processing', 'pending', 'succeeded', 'declined', 'refunded'));
  ALTER TABLE payments ALTER COLUMN card_last4 DROP NOT NULL;
  ALTER TABLE payments ADD COLUMN method TEXT NOT NULL DEFAULT 'card' CHECK (method IN ('card', 'paypal'));
  ALTER TABLE payments ADD COLUMN paypal_order_id TEXT;
  DROP INDEX payments_one_live;
  CREATE UNIQUE INDEX payments_one_live ON payments (order_ref) WHERE status IN ('processing', 'pending', 'succeeded');
  DROP INDEX payments_live;
  CREATE INDEX payments_live ON payments (status, created_at) WHERE status IN ('processing', 'pending', 'succeeded');
  CREATE UNIQUE INDEX payments_provider_payment_id ON payments (provider_payment_id) WHERE provider_payment_id IS NOT NULL;
  CREATE TABLE paypal_orders (
    paypal_order_id TEXT PRIMARY KEY,
    order_ref TEXT NOT NULL REFERENCES orders (ref),
    created_at TEXT COLLATE "C" NOT NULL
  );
  CREATE INDEX paypal_orders_order_ref ON paypal_orders (order_ref);`,
  // Step 7 of the SQLite list: the e-mail outbox.
  `CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    order_ref TEXT NOT NULL REFERENCES orders (ref),
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    locale TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT COLLATE "C" NOT NULL,
    lease_until TEXT COLLATE "C",
    last_error TEXT,
    created_at TEXT COLLATE "C" NOT NULL,
    sent_at TEXT
  );
  CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state <> 'sent';
  CREATE INDEX outbox_order_ref ON outbox (order_ref, created_at);
  CREATE INDEX orders_order_no ON orders (order_no);`,
];
