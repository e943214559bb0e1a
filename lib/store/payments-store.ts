import { first, insertionOrder, type Sql } from '@/lib/db/sql';
import { enqueueMail } from '@/lib/store/outbox-store';
import type { NewPayment, PaymentAttempt, PaymentReportRecord, PaymentUpdate, ReportOutcome, ReportVersion } from '@/lib/store/records';
import { paymentFromRow, reportFromRow } from '@/lib/store/rows';

/** An order's payments, and the one report of their result to the provider. */
export type PaymentsStore = {
  /**
   * Records a payment under way; false when the order already has one under way, pending or
   * succeeded, or when its provider payment id (a PayPal capture) already pays a payment.
   */
  start(attempt: NewPayment): Promise<boolean>;
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
  /** The payment a provider payment id (a card charge, a PayPal capture) belongs to. */
  findByProviderPaymentId(providerPaymentId: string): Promise<PaymentAttempt | null>;
  /** Remembers a PayPal order the shop created for an order, so a capture can be checked as the order's own. */
  rememberPayPalOrder(entry: { paypalOrderId: string; orderRef: string; createdAt: string }): Promise<void>;
  /** The shop's order a PayPal order was created for, or null when the shop never created it. */
  orderOfPayPalOrder(paypalOrderId: string): Promise<string | null>;
};

export function createPaymentsStore(sql: Sql): PaymentsStore {
  return {
    async start(attempt) {
      // The partial unique index payments_one_live lets one payment be under way or succeeded per
      // order: a second one is not inserted, so a double click cannot charge twice.
      // The unique provider payment id keeps one PayPal capture from paying two orders.
      const inserted = await sql.run(
        `INSERT INTO payments (id, order_ref, method, status, amount_minor, currency, card_last4, reason, created_at,
           provider_payment_id, paypal_order_id)
         VALUES ($1, $2, $3, $10, $4, $5, $6, NULL, $7, $8, $9) ON CONFLICT DO NOTHING`,
        [
          attempt.id,
          attempt.orderRef,
          attempt.method ?? 'card',
          attempt.amountMinor,
          attempt.currency,
          attempt.cardLast4 ?? null,
          attempt.createdAt,
          attempt.providerPaymentId ?? null,
          attempt.paypalOrderId ?? null,
          attempt.status ?? 'processing',
        ],
      );
      return inserted === 1;
    },
    async update(id, { from, status, reason, providerPaymentId = null }) {
      const move = (tx: Sql) =>
        tx.run(
          `UPDATE payments SET status = $1, reason = $2, provider_payment_id = COALESCE($3, provider_payment_id)
           WHERE id = $4 AND status = $5`,
          [status, reason, providerPaymentId, id, from],
        );
      if (status !== 'refunded') return (await move(sql)) === 1;
      // A refund and the customer's message about it commit together.
      return sql.transaction(async (tx) => {
        if ((await move(tx)) !== 1) return false;
        const [row] = await tx.all('SELECT order_ref FROM payments WHERE id = $1', [id]);
        await enqueueMail(tx, 'refunded', String(row?.order_ref), new Date().toISOString());
        return true;
      });
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
    async findByProviderPaymentId(providerPaymentId) {
      const row = await first(sql.all('SELECT * FROM payments WHERE provider_payment_id = $1', [providerPaymentId]));
      return row ? paymentFromRow(row) : null;
    },
    async rememberPayPalOrder({ paypalOrderId, orderRef, createdAt }) {
      await sql.run('INSERT INTO paypal_orders (paypal_order_id, order_ref, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        paypalOrderId,
        orderRef,
        createdAt,
      ]);
    },
    async orderOfPayPalOrder(paypalOrderId) {
      const row = await first(sql.all('SELECT order_ref FROM paypal_orders WHERE paypal_order_id = $1', [paypalOrderId]));
      return row ? String((row as { order_ref: unknown }).order_ref) : null;
    },
  };
}
