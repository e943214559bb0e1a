import { first, insertionOrder, type Sql } from '@/lib/db/sql';
import type { PaymentAttempt, PaymentReportRecord, PaymentUpdate, ReportOutcome, ReportVersion } from '@/lib/store/records';
import { paymentFromRow, reportFromRow } from '@/lib/store/rows';

/** An order's payments, and the one report of their result to the provider. */
export type PaymentsStore = {
  /** Records a payment under way; false when the order already has one under way or succeeded. */
  start(attempt: Omit<PaymentAttempt, 'status' | 'reason' | 'providerPaymentId'>): Promise<boolean>;
  /** Moves a payment on; false (and nothing changed) when it was no longer in `update.from`. */
  update(id: string, update: PaymentUpdate): Promise<boolean>;
  /** Oldest first. */
  list(orderRef: string): Promise<PaymentAttempt[]>;
  /** Claims the order's single payment report; false when one was claimed before (by anyone). */
  claimReport(report: Pick<PaymentReportRecord, 'orderRef' | 'type' | 'paymentId' | 'createdAt'>): Promise<boolean>;
  /** Records how the report ended; false (nothing changed) when someone moved it since `expected`. */
  finishReport(orderRef: string, expected: ReportVersion, outcome: ReportOutcome): Promise<boolean>;
  /**
   * Claims one more send of a report whose first never arrived (`expected` as last seen): back to
   * `sending`, one more attempt. False when another instance claimed it or it moved meanwhile.
   */
  resendReport(orderRef: string, expected: ReportVersion, now: string): Promise<boolean>;
  findReport(orderRef: string): Promise<PaymentReportRecord | null>;
};

export function createPaymentsStore(sql: Sql): PaymentsStore {
  return {
    async start(attempt) {
      // The partial unique index payments_one_live lets one payment be under way or succeeded per
      // order: a second one is not inserted, so a double click cannot charge twice.
      const inserted = await sql.run(
        `INSERT INTO payments (id, order_ref, status, amount_minor, currency, card_last4, reason, created_at)
         VALUES ($1, $2, 'processing', $3, $4, $5, NULL, $6) ON CONFLICT DO NOTHING`,
        [attempt.id, attempt.orderRef, attempt.amountMinor, attempt.currency, attempt.cardLast4, attempt.createdAt],
      );
      return inserted === 1;
    },
    async update(id, { from, status, reason, providerPaymentId = null }) {
      const changed = await sql.run(
        `UPDATE payments SET status = $1, reason = $2, provider_payment_id = COALESCE($3, provider_payment_id)
         WHERE id = $4 AND status = $5`,
        [status, reason, providerPaymentId, id, from],
      );
      return changed === 1;
    },
    async list(orderRef) {
      const rows = await sql.all(`SELECT * FROM payments WHERE order_ref = $1 ORDER BY created_at, ${insertionOrder(sql)}`, [orderRef]);
      return rows.map(paymentFromRow);
    },
    async claimReport(report) {
      // The order's primary key on the reports makes the claim single, whoever races for it.
      const inserted = await sql.run(
        `INSERT INTO payment_reports (order_ref, type, payment_id, state, created_at, sent_at)
         VALUES ($1, $2, $3, 'sending', $4, $4) ON CONFLICT DO NOTHING`,
        [report.orderRef, report.type, report.paymentId, report.createdAt],
      );
      return inserted === 1;
    },
    async finishReport(orderRef, expected, outcome) {
      const changed = await sql.run(
        `UPDATE payment_reports SET state = $1, code = $2, message = $3, request_json = $4, response_json = $5,
         answered_at = $6 WHERE order_ref = $7 AND state = $8 AND attempts = $9`,
        [
          outcome.state,
          outcome.code,
          outcome.message,
          outcome.request,
          outcome.response,
          outcome.answeredAt,
          orderRef,
          expected.state,
          expected.attempts,
        ],
      );
      return changed === 1;
    },
    async resendReport(orderRef, expected, now) {
      const changed = await sql.run(
        `UPDATE payment_reports SET state = 'sending', attempts = attempts + 1, sent_at = $1
         WHERE order_ref = $2 AND state = $3 AND attempts = $4`,
        [now, orderRef, expected.state, expected.attempts],
      );
      return changed === 1;
    },
    async findReport(orderRef) {
      const row = await first(sql.all('SELECT * FROM payment_reports WHERE order_ref = $1', [orderRef]));
      return row ? reportFromRow(row) : null;
    },
  };
}
