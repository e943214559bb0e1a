import { describe, expect, it } from 'vitest';
import { awaitsProvider, canPay, needsRefund, orderStage, shouldPoll, type StageFacts } from '@/lib/orders/order-stage';
import type { PaymentAttempt, PaymentReportRecord } from '@/lib/store/records';

const payment = (status: PaymentAttempt['status'], reason: string | null = null): PaymentAttempt => ({
  id: `p-${status}`,
  orderRef: 'ref',
  method: 'card',
  status,
  amountMinor: 500,
  currency: 'USD',
  cardLast4: '4242',
  reason,
  providerPaymentId: status === 'processing' ? null : 'pi',
  paypalOrderId: null,
  createdAt: '2026-11-26T00:00:00Z',
});

const report = (overrides: Partial<PaymentReportRecord>): PaymentReportRecord => ({
  orderRef: 'ref',
  type: 'succeeded',
  paymentId: 'pi',
  state: 'answered',
  code: 0,
  message: null,
  request: null,
  response: null,
  createdAt: '2026-11-26T00:00:00Z',
  answeredAt: '2026-11-26T00:00:01Z',
  attempts: 1,
  sentAt: '2026-11-26T00:00:00Z',
  ...overrides,
});

const facts = (overrides: Partial<StageFacts>): StageFacts => ({
  payments: [],
  report: null,
  providerPayStatus: null,
  ...overrides,
});

describe('orderStage', () => {
  it.each([
    ['a new order', facts({}), 'awaiting_payment'],
    ['a declined card', facts({ payments: [payment('declined', 'card_declined')] }), 'payment_declined'],
    ['a payment under way', facts({ payments: [payment('declined'), payment('processing')] }), 'paying'],
    ['a charged card not yet reported', facts({ payments: [payment('succeeded')] }), 'paying'],
    ['a report being sent', facts({ report: report({ state: 'sending', code: null }) }), 'paying'],
    // A crash cut the send off: the provider's status, read by the poll, tells what became of it.
    ['a report being sent that arrived', facts({ report: report({ state: 'sending', code: null }), providerPayStatus: 'paid' }), 'esim_ready'],
    ['a report being sent, then a timeout', facts({ report: report({ state: 'sending', code: null }), providerPayStatus: 'cancelled' }), 'timed_out'],
    ['a report with no answer', facts({ report: report({ state: 'unconfirmed', code: null }) }), 'confirming'],
    ['a report with no answer, still waiting', facts({ report: report({ state: 'unconfirmed', code: null }), providerPayStatus: 'waiting' }), 'confirming'],
    ['a report with no answer that arrived', facts({ report: report({ state: 'unconfirmed', code: null }), providerPayStatus: 'paid' }), 'esim_ready'],
    ['a report with no answer, then a timeout', facts({ report: report({ state: 'unconfirmed', code: null }), providerPayStatus: 'cancelled' }), 'timed_out'],
    ['a report accepted, QR not yet issued', facts({ report: report({}), providerPayStatus: 'waiting' }), 'paid'],
    ['a report accepted and the provider paid', facts({ report: report({}), providerPayStatus: 'paid' }), 'esim_ready'],
    ['a cancellation reported', facts({ report: report({ type: 'failed' }) }), 'cancelled'],
    ['a late report (6006)', facts({ report: report({ code: 6006 }) }), 'timed_out'],
    ['no free profile (3005)', facts({ report: report({ code: 3005 }) }), 'sold_out'],
    ['an unknown order (10008)', facts({ report: report({ code: 10008 }) }), 'report_refused'],
    ['an amount mismatch (10009)', facts({ report: report({ code: 10009 }) }), 'report_refused'],
    ['an order system error (3004)', facts({ report: report({ code: 3004 }) }), 'report_refused'],
    ['a provider error (9999)', facts({ report: report({ code: 9999 }) }), 'report_refused'],
    ['wrong parameters (2)', facts({ report: report({ code: 2 }) }), 'report_refused'],
    ['a time conversion error (1102)', facts({ report: report({ code: 1102 }) }), 'report_refused'],
    ['a timeout seen while polling', facts({ providerPayStatus: 'cancelled' }), 'timed_out'],
    ['a failure seen while polling', facts({ providerPayStatus: 'failed' }), 'payment_failed'],
    ['a timeout after an accepted report', facts({ report: report({}), providerPayStatus: 'cancelled' }), 'timed_out'],
  ])('%s -> %s', (_name, input, kind) => {
    expect(orderStage(input).kind).toBe(kind);
  });

  it('keeps the provider code and the decline reason for the customer message', () => {
    expect(orderStage(facts({ report: report({ code: 10009 }) }))).toEqual({ kind: 'report_refused', code: 10009 });
    expect(orderStage(facts({ payments: [payment('declined', 'insufficient_funds')] }))).toEqual({
      kind: 'payment_declined',
      reason: 'insufficient_funds',
    });
  });

  it('says refunded only once the payment was given back', () => {
    const late = report({ code: 6006 });
    expect(orderStage(facts({ report: late, payments: [payment('succeeded')] }))).toEqual({ kind: 'timed_out', refunded: false });
    expect(orderStage(facts({ report: late, payments: [payment('refunded')] }))).toEqual({ kind: 'timed_out', refunded: true });
    const expired = facts({ report: report({ state: 'unconfirmed', code: null }), providerPayStatus: 'cancelled' });
    expect(orderStage({ ...expired, payments: [payment('refunded')] })).toEqual({ kind: 'timed_out', refunded: true });
  });

  it('asks for a refund wherever the provider will not deliver and nothing was given back yet', () => {
    const charged = [payment('succeeded')];
    expect(needsRefund(orderStage(facts({ payments: charged, report: report({ code: 6006 }) })))).toBe(true);
    expect(needsRefund(orderStage(facts({ payments: [payment('refunded')], report: report({ code: 6006 }) })))).toBe(false);
    expect(needsRefund(orderStage(facts({ payments: charged, report: report({ code: 3005 }) })))).toBe(true);
    expect(needsRefund(orderStage(facts({ payments: charged, report: report({ code: 10008 }) })))).toBe(true);
    const unanswered = report({ state: 'unconfirmed', code: null });
    expect(needsRefund(orderStage(facts({ payments: charged, report: unanswered, providerPayStatus: 'cancelled' })))).toBe(true);
    expect(needsRefund(orderStage(facts({ payments: charged, report: unanswered, providerPayStatus: 'waiting' })))).toBe(false);
    expect(needsRefund(orderStage(facts({ payments: charged, report: report({}), providerPayStatus: 'paid' })))).toBe(false);
  });

  it('allows paying only before a report and with no payment under way', () => {
    expect(canPay(orderStage(facts({})))).toBe(true);
    expect(canPay(orderStage(facts({ payments: [payment('declined')] })))).toBe(true);
    expect(canPay(orderStage(facts({ payments: [payment('processing')] })))).toBe(false);
    expect(canPay(orderStage(facts({ report: report({}) })))).toBe(false);
    expect(canPay(orderStage(facts({ providerPayStatus: 'cancelled' })))).toBe(false);
  });

  it('polls until a final stage', () => {
    expect(shouldPoll(orderStage(facts({})))).toBe(true);
    expect(shouldPoll(orderStage(facts({ report: report({}) })))).toBe(true);
    expect(shouldPoll(orderStage(facts({ report: report({}), providerPayStatus: 'paid' })))).toBe(false);
    expect(shouldPoll(orderStage(facts({ report: report({ code: 3005 }) })))).toBe(false);
    // A report without an answer is never sent again, but the order's status tells whether it arrived.
    expect(shouldPoll(orderStage(facts({ report: report({ state: 'unconfirmed', code: null }) })))).toBe(true);
  });

  it('says it waits on the provider only once the payment is taken and until its answer', () => {
    expect(awaitsProvider(orderStage(facts({})))).toBe(false);
    expect(awaitsProvider(orderStage(facts({ payments: [payment('declined')] })))).toBe(false);
    expect(awaitsProvider(orderStage(facts({ payments: [payment('pending')] })))).toBe(false);
    expect(awaitsProvider(orderStage(facts({ payments: [payment('processing')] })))).toBe(true);
    expect(awaitsProvider(orderStage(facts({ report: report({ state: 'sending', code: null }) })))).toBe(true);
    expect(awaitsProvider(orderStage(facts({ report: report({ state: 'unconfirmed', code: null }) })))).toBe(true);
    expect(awaitsProvider(orderStage(facts({ report: report({}) })))).toBe(true);
    expect(awaitsProvider(orderStage(facts({ report: report({}), providerPayStatus: 'paid' })))).toBe(false);
    expect(awaitsProvider(orderStage(facts({ report: report({ code: 3005 }) })))).toBe(false);
  });
});
