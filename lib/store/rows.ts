import { z } from 'zod';
import { bigint } from '@/lib/db/rows';
import { locales } from '@/lib/i18n/locales';
import type {
  IdempotencyRecord,
  OrderRecord,
  PaymentAttempt,
  PaymentReportRecord,
  RecoveryAction,
  RecoveryActionKind,
} from '@/lib/store/records';

/** The stores' rows and their domain records: one mapping for SQLite and PostgreSQL alike. */


const orderRowSchema = z.object({
  ref: z.string(),
  created_at: z.string(),
  locale: z.enum(locales),
  email: z.string(),
  package_id: bigint,
  package_code: z.string(),
  package_name: z.string(),
  currency: z.string(),
  currency_id: bigint,
  digits: z.int(),
  quantity: z.int(),
  periods: z.int(),
  money_minor: bigint,
  provider_order_id: bigint,
  order_no: z.string(),
  amount_minor: bigint,
  provider_currency: z.string(),
  provider_package_name: z.string(),
  order_time: z.string(),
  provider_periods: z.int(),
  client_id: z.string(),
  request_json: z.string(),
  response_json: z.string(),
  account_email: z.string().nullable(),
  placed_with: z.enum(['shop', 'customer']),
  provider_pay_status: z.enum(['waiting', 'paid', 'failed', 'cancelled']).nullable(),
});

const paymentRowSchema = z.object({
  id: z.string(),
  order_ref: z.string(),
  method: z.enum(['card', 'paypal']),
  status: z.enum(['processing', 'pending', 'succeeded', 'declined', 'refunded']),
  amount_minor: bigint,
  currency: z.string(),
  card_last4: z.string().nullable(),
  reason: z.string().nullable(),
  provider_payment_id: z.string().nullable(),
  paypal_order_id: z.string().nullable(),
  created_at: z.string(),
});

const reportRowSchema = z.object({
  order_ref: z.string(),
  type: z.enum(['succeeded', 'failed']),
  payment_id: z.string(),
  state: z.enum(['sending', 'answered', 'unconfirmed']),
  code: bigint.nullable(),
  message: z.string().nullable(),
  request_json: z.string().nullable(),
  response_json: z.string().nullable(),
  created_at: z.string(),
  answered_at: z.string().nullable(),
  attempts: z.int().min(1),
  sent_at: z.string(),
});

/** Every kind the recovery pass records (checked, so a typo is a compile error, not a stray row). */
const RECOVERY_KINDS: Record<RecoveryActionKind, true> = {
  payment_not_charged: true,
  payment_found_charged: true,
  payment_found_declined: true,
  payment_found_pending: true,
  report_sent: true,
  report_confirmed_paid: true,
  report_resent: true,
  report_resend_limit: true,
  refunded: true,
  pre_order_unconfirmed: true,
};

const recoveryRowSchema = z.object({
  at: z.string(),
  order_ref: z.string().nullable(),
  idempotency_key: z.string().nullable(),
  action: z.enum(Object.keys(RECOVERY_KINDS) as [RecoveryActionKind, ...RecoveryActionKind[]]),
  detail: z.string(),
});

const idempotencyRowSchema = z.object({
  key: z.string(),
  fingerprint: z.string(),
  state: z.enum(['pending', 'done', 'refused', 'unconfirmed']),
  order_ref: z.string().nullable(),
  request_json: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

/** The order's columns in insert order; a row id (`seq`, `rowid`) is left to the database. */
export const ORDER_COLUMNS = Object.keys(orderRowSchema.shape) as OrderColumn[];
type OrderColumn = keyof z.input<typeof orderRowSchema>;

export function orderToRow(order: OrderRecord): Record<OrderColumn, string | number | null> {
  return {
    ref: order.ref,
    created_at: order.createdAt,
    locale: order.locale,
    email: order.email,
    package_id: order.packageId,
    package_code: order.packageCode,
    package_name: order.packageName,
    currency: order.currency,
    currency_id: order.currencyId,
    digits: order.digits,
    quantity: order.quantity,
    periods: order.periods,
    money_minor: order.moneyMinor,
    provider_order_id: order.provider.orderId,
    order_no: order.provider.orderNo,
    amount_minor: order.provider.amountMinor,
    provider_currency: order.provider.currency,
    provider_package_name: order.provider.packageName,
    order_time: order.provider.orderTime,
    provider_periods: order.provider.periods,
    client_id: order.provider.clientId,
    request_json: order.exchange.request,
    response_json: order.exchange.response,
    account_email: order.accountEmail,
    placed_with: order.placedWith,
    provider_pay_status: order.providerPayStatus,
  };
}

export function orderFromRow(raw: unknown): OrderRecord {
  const row = orderRowSchema.parse(raw);
  return {
    ref: row.ref,
    createdAt: row.created_at,
    locale: row.locale,
    email: row.email,
    packageId: row.package_id,
    packageCode: row.package_code,
    packageName: row.package_name,
    currency: row.currency,
    currencyId: row.currency_id,
    digits: row.digits,
    quantity: row.quantity,
    periods: row.periods,
    moneyMinor: row.money_minor,
    provider: {
      orderId: row.provider_order_id,
      orderNo: row.order_no,
      amountMinor: row.amount_minor,
      currency: row.provider_currency,
      packageName: row.provider_package_name,
      orderTime: row.order_time,
      periods: row.provider_periods,
      clientId: row.client_id,
    },
    exchange: { request: row.request_json, response: row.response_json },
    accountEmail: row.account_email,
    placedWith: row.placed_with,
    providerPayStatus: row.provider_pay_status,
  };
}

export function paymentFromRow(raw: unknown): PaymentAttempt {
  const row = paymentRowSchema.parse(raw);
  return {
    id: row.id,
    orderRef: row.order_ref,
    method: row.method,
    status: row.status,
    amountMinor: row.amount_minor,
    currency: row.currency,
    cardLast4: row.card_last4,
    reason: row.reason,
    providerPaymentId: row.provider_payment_id,
    paypalOrderId: row.paypal_order_id,
    createdAt: row.created_at,
  };
}

export function reportFromRow(raw: unknown): PaymentReportRecord {
  const row = reportRowSchema.parse(raw);
  return {
    orderRef: row.order_ref,
    type: row.type,
    paymentId: row.payment_id,
    state: row.state,
    code: row.code,
    message: row.message,
    request: row.request_json,
    response: row.response_json,
    createdAt: row.created_at,
    answeredAt: row.answered_at,
    attempts: row.attempts,
    sentAt: row.sent_at,
  };
}

export function recoveryFromRow(raw: unknown): RecoveryAction {
  const row = recoveryRowSchema.parse(raw);
  return {
    at: row.at,
    orderRef: row.order_ref,
    idempotencyKey: row.idempotency_key,
    action: row.action,
    detail: row.detail,
  };
}

export function idempotencyFromRow(raw: unknown): IdempotencyRecord {
  const row = idempotencyRowSchema.parse(raw);
  return {
    key: row.key,
    fingerprint: row.fingerprint,
    state: row.state,
    orderRef: row.order_ref,
    request: row.request_json,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
