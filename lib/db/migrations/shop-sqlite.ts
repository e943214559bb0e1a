/*
 * The shop's SQLite schema (orders, payments, reports, form keys, limits, recovery, sessions), one
 * step after another: append a step, never edit one that has shipped. Steps 1-3 are PostgreSQL's 1-3,
 * steps 4 and 5 its 5 and 6 (its step 4 is the call log, which SQLite keeps in a file of its own).
 */
export const SHOP_SQLITE_STEPS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS orders (
    ref TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    locale TEXT NOT NULL,
    email TEXT NOT NULL,
    package_id INTEGER NOT NULL,
    package_code TEXT NOT NULL,
    package_name TEXT NOT NULL,
    currency TEXT NOT NULL,
    currency_id INTEGER NOT NULL,
    digits INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    periods INTEGER NOT NULL,
    money_minor INTEGER NOT NULL,
    provider_order_id INTEGER NOT NULL,
    order_no TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    provider_currency TEXT NOT NULL,
    provider_package_name TEXT NOT NULL,
    order_time TEXT NOT NULL,
    provider_periods INTEGER NOT NULL,
    client_id TEXT NOT NULL,
    request_json TEXT NOT NULL,
    response_json TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS orders_provider_order_id ON orders (provider_order_id);`,
  `ALTER TABLE orders ADD COLUMN account_email TEXT;
  ALTER TABLE orders ADD COLUMN placed_with TEXT NOT NULL DEFAULT 'shop';
  ALTER TABLE orders ADD COLUMN provider_pay_status TEXT;
  CREATE INDEX orders_account_email ON orders (account_email);
  CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    order_ref TEXT NOT NULL REFERENCES orders (ref),
    status TEXT NOT NULL CHECK (status IN ('processing', 'succeeded', 'declined', 'refunded')),
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    card_last4 TEXT NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL
  );
  -- At most one payment under way or succeeded per order: a double click cannot charge twice.
  CREATE UNIQUE INDEX payments_one_live ON payments (order_ref) WHERE status IN ('processing', 'succeeded');
  CREATE TABLE payment_reports (
    order_ref TEXT PRIMARY KEY REFERENCES orders (ref),
    type TEXT NOT NULL CHECK (type IN ('succeeded', 'failed')),
    payment_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('sending', 'answered', 'unconfirmed')),
    code INTEGER,
    message TEXT,
    request_json TEXT,
    response_json TEXT,
    created_at TEXT NOT NULL,
    answered_at TEXT
  );`,
  `CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'refused', 'unconfirmed')),
    order_ref TEXT REFERENCES orders (ref),
    request_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX idempotency_keys_state ON idempotency_keys (state, updated_at);
  CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    window_start TEXT NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (bucket, window_start)
  );`,
  // Crash recovery: a payment keeps the provider's charge id (to report and refund it after a
  // restart), a report when its latest send started and how many sends it took, and staff see what
  // the recovery pass did.
  `ALTER TABLE payments ADD COLUMN provider_payment_id TEXT;
  ALTER TABLE payment_reports ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE payment_reports ADD COLUMN sent_at TEXT;
  UPDATE payment_reports SET sent_at = created_at;
  CREATE INDEX payments_live ON payments (status, created_at) WHERE status IN ('processing', 'succeeded');
  CREATE TABLE recovery_actions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    order_ref TEXT,
    idempotency_key TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
  );
  CREATE INDEX recovery_actions_order_ref ON recovery_actions (order_ref, id);`,
  // Sessions ended on the server (sign-out) even while their sealed cookie lives on.
  `CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'staff')),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ended_at TEXT
  );
  CREATE INDEX sessions_expires_at ON sessions (expires_at);`,
  // PayPal: a payment has a method, a PayPal order id, and may be pending (a capture PayPal holds
  // for review); a card's last digits are a card's only. SQLite cannot alter a CHECK or NOT NULL,
  // so the table is rebuilt. One provider payment id pays one payment: a capture id cannot be
  // reported for two orders. The PayPal orders the shop created, to check whose order a capture is.
  `CREATE TABLE payments_v2 (
    id TEXT PRIMARY KEY,
    order_ref TEXT NOT NULL REFERENCES orders (ref),
    method TEXT NOT NULL DEFAULT 'card' CHECK (method IN ('card', 'paypal')),
    status TEXT NOT NULL CHECK (status IN ('processing', 'pending', 'succeeded', 'declined', 'refunded')),
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    card_last4 TEXT,
    reason TEXT,
    created_at TEXT NOT NULL,
    provider_payment_id TEXT,
    paypal_order_id TEXT
  );
  INSERT INTO payments_v2 (id, order_ref, status, amount_minor, currency, card_last4, reason, created_at, provider_payment_id)
    SELECT id, order_ref, status, amount_minor, currency, card_last4, reason, created_at, provider_payment_id FROM payments ORDER BY rowid;
  DROP TABLE payments;
  ALTER TABLE payments_v2 RENAME TO payments;
  CREATE UNIQUE INDEX payments_one_live ON payments (order_ref) WHERE status IN ('processing', 'pending', 'succeeded');
  CREATE INDEX payments_order_ref ON payments (order_ref, created_at);
  CREATE INDEX payments_live ON payments (status, created_at) WHERE status IN ('processing', 'pending', 'succeeded');
  CREATE UNIQUE INDEX payments_provider_payment_id ON payments (provider_payment_id) WHERE provider_payment_id IS NOT NULL;
  CREATE TABLE paypal_orders (
    paypal_order_id TEXT PRIMARY KEY,
    order_ref TEXT NOT NULL REFERENCES orders (ref),
    created_at TEXT NOT NULL
  );
  CREATE INDEX paypal_orders_order_ref ON paypal_orders (order_ref);`,
  // E-mail: each message to a customer is written here in the same transaction as the event that
  // causes it (one per kind and order: the id), then delivered by a sender in any instance, which
  // claims it with a lease so two instances never send it at once.
  `CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    order_ref TEXT NOT NULL REFERENCES orders (ref),
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    locale TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'sent')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_until TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
  );
  CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state <> 'sent';
  CREATE INDEX outbox_order_ref ON outbox (order_ref, created_at);
  CREATE INDEX orders_order_no ON orders (order_no);`,
];
