import { z } from 'zod';
import { insertionOrder, type Sql } from '@/lib/db/sql';
import { locales, type Locale } from '@/lib/i18n/locales';

/** What a message to a customer is about; one of each per order (its id says which). */
export const MAIL_KINDS = ['order_received', 'esim_ready', 'payment_failed', 'refunded', 'expired', 'order_link'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export type OutboxMessage = {
  id: string;
  orderRef: string;
  kind: MailKind;
  recipient: string;
  locale: Locale;
  state: 'queued' | 'sending' | 'sent';
  /** Claims so far; the claim's number is its token (a sender whose lease ran out cannot finish). */
  attempts: number;
  nextAttemptAt: string;
  leaseUntil: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

const rowSchema = z.object({
  id: z.string(),
  order_ref: z.string(),
  kind: z.enum(MAIL_KINDS),
  recipient: z.string(),
  locale: z.enum(locales),
  state: z.enum(['queued', 'sending', 'sent']),
  attempts: z.coerce.number().int(),
  next_attempt_at: z.string(),
  lease_until: z.string().nullable(),
  last_error: z.string().nullable(),
  created_at: z.string(),
  sent_at: z.string().nullable(),
});

function messageFromRow(raw: unknown): OutboxMessage {
  const row = rowSchema.parse(raw);
  return {
    id: row.id,
    orderRef: row.order_ref,
    kind: row.kind,
    recipient: row.recipient,
    locale: row.locale,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    leaseUntil: row.lease_until,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/**
 * Writes the order's message of `kind` to the outbox, addressed as the order is (its e-mail and
 * language), once: the id is the kind and the order, so the same event seen again adds nothing.
 * Called inside the transaction that records the event, so the two commit together or not at all.
 */
export async function enqueueMail(sql: Sql, kind: MailKind, orderRef: string, now: string): Promise<void> {
  await sql.run(
    `INSERT INTO outbox (id, order_ref, kind, recipient, locale, state, attempts, next_attempt_at, created_at)
     SELECT $1, ref, $2, email, locale, 'queued', 0, $3, $3 FROM orders WHERE ref = $4
     ON CONFLICT (id) DO NOTHING`,
    [`${kind}:${orderRef}`, kind, now, orderRef],
  );
}

export type OutboxStore = {
  /**
   * Takes up to `limit` messages that are due and not held by a live lease, for this sender alone
   * until `leaseUntil`: each claim counts one attempt. Two senders never claim the same message.
   */
  claimDue(now: string, leaseUntil: string, limit: number): Promise<OutboxMessage[]>;
  /** Sent: only by the claim that holds it (its attempt number); false when the lease was lost. */
  markSent(id: string, attempt: number, at: string): Promise<boolean>;
  /** Not sent this time: tried again from `nextAttemptAt`. */
  retryLater(id: string, attempt: number, nextAttemptAt: string, error: string): Promise<boolean>;
  /**
   * A message the customer asked for (the eSIM again, the order's link): written unless one of the
   * same kind was asked for within `gapMs`, so asking again and again sends one.
   */
  requestAgain(kind: MailKind, orderRef: string, now: Date, gapMs: number): Promise<{ queued: true } | { queued: false; retryAfterSeconds: number }>;
  /** Newest first, for the staff console. */
  listRecent(limit: number): Promise<OutboxMessage[]>;
  listByOrder(orderRef: string): Promise<OutboxMessage[]>;
};

export function createOutboxStore(sql: Sql): OutboxStore {
  return {
    async claimDue(now, leaseUntil, limit) {
      // The conditions stand in the outer WHERE too: on PostgreSQL a concurrent claimer re-checks
      // them on the row it waited for, and finds it leased.
      const due = `state <> 'sent' AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until < $1)`;
      const rows = await sql.all(
        `UPDATE outbox SET state = 'sending', lease_until = $2, attempts = attempts + 1
         WHERE ${due} AND id IN (SELECT id FROM outbox WHERE ${due} ORDER BY next_attempt_at, created_at LIMIT $3)
         RETURNING *`,
        [now, leaseUntil, limit],
      );
      return rows.map(messageFromRow).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async markSent(id, attempt, at) {
      const changed = await sql.run(
        `UPDATE outbox SET state = 'sent', sent_at = $1, lease_until = NULL, last_error = NULL
         WHERE id = $2 AND attempts = $3 AND state = 'sending'`,
        [at, id, attempt],
      );
      return changed === 1;
    },
    async retryLater(id, attempt, nextAttemptAt, error) {
      const changed = await sql.run(
        `UPDATE outbox SET state = 'queued', next_attempt_at = $1, lease_until = NULL, last_error = $2
         WHERE id = $3 AND attempts = $4 AND state = 'sending'`,
        [nextAttemptAt, error.slice(0, 500), id, attempt],
      );
      return changed === 1;
    },
    async requestAgain(kind, orderRef, now, gapMs) {
      const prefix = `${kind}:${orderRef}:`;
      return sql.transaction(async (tx) => {
        const [last] = await tx.all(`SELECT MAX(created_at) AS at FROM outbox WHERE order_ref = $1 AND id LIKE $2`, [orderRef, `${prefix}%`]);
        const lastAt = typeof last?.at === 'string' ? Date.parse(last.at) : Number.NaN;
        if (now.getTime() - lastAt < gapMs) return { queued: false, retryAfterSeconds: Math.ceil((lastAt + gapMs - now.getTime()) / 1000) };
        // One id per gap-long stretch of time: two requests at once write one row.
        const stamp = now.toISOString();
        const inserted = await tx.run(
          `INSERT INTO outbox (id, order_ref, kind, recipient, locale, state, attempts, next_attempt_at, created_at)
           SELECT $1, ref, $2, email, locale, 'queued', 0, $3, $3 FROM orders WHERE ref = $4
           ON CONFLICT (id) DO NOTHING`,
          [`${prefix}${Math.floor(now.getTime() / gapMs)}`, kind, stamp, orderRef],
        );
        return inserted === 1 ? { queued: true } : { queued: false, retryAfterSeconds: Math.ceil(gapMs / 1000) };
      });
    },
    async listRecent(limit) {
      const rows = await sql.all(`SELECT * FROM outbox ORDER BY created_at DESC, ${insertionOrder(sql)} DESC LIMIT $1`, [
        Math.max(1, Math.min(limit, 500)),
      ]);
      return rows.map(messageFromRow);
    },
    async listByOrder(orderRef) {
      const rows = await sql.all(`SELECT * FROM outbox WHERE order_ref = $1 ORDER BY created_at, ${insertionOrder(sql)}`, [orderRef]);
      return rows.map(messageFromRow);
    },
  };
}
