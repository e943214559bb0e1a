import { describe, expect, it } from 'vitest';

import { SANDBOX_CUSTOMER } from '@/lib/sandbox/accounts';
import { DOC_PRE_ORDER, testClock, webhookBody, WEBHOOK_DATE_TIME } from '@/lib/test-support/sandbox-calls';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const WEBHOOK = '/v1.1/payment/webhook';
const STATUS = '/package/queryOrdStatusAndEmail';
const MINUTE_MS = 60 * 1000;

describe('POST /v1.1/payment/webhook', () => {
  const clock = testClock('2026-12-05T03:14:50.958Z');
  const sandbox = sandboxForSuite({ now: clock.now }, { reset: true, login: true });

  const control = () => sandbox.server.sandbox.control;
  const order = (id: number) => sandbox.server.sandbox.state.orders.get(id);
  const report = (body: object, language = 'en-US', as = sandbox.token) => sandbox.call(WEBHOOK, body, { token: as, language });
  const payStatus = async (id: number) => (await sandbox.call(STATUS, { orderId: id }, { token: sandbox.token })).body;

  it('answers 0 with data null to a succeeded payment, pays the order and issues the QR', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    const { status, body } = await report(webhookBody(id));
    expect(status).toBe(200);
    expect(body).toEqual({ code: 0, data: null, message: 'SUCCESS', messageSourceHandler: {} });
    expect(order(id)).toMatchObject({ status: 'paid', profile: 'issued' });
    expect(order(id)?.paidAt?.toISOString()).toBe('2026-12-05T03:14:50.958Z');
    expect(await payStatus(id)).toMatchObject({ code: 0, data: { orderPayStatus: 1, qrCode: expect.stringMatching(/^LPA:1\$/) } });
  });

  it('answers 0 to a failed payment, fails the order and releases its profile', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    const freeBefore = control().snapshot().profilePool.free;
    const { body } = await report(webhookBody(id, { type: 'payment_intent.payment_failed' }));
    expect(body.code).toBe(0);
    expect(order(id)).toMatchObject({ status: 'failed', profile: 'released' });
    expect(control().snapshot().profilePool.free).toBe(freeBefore + 1);
    expect((await payStatus(id)).data).toEqual({ orderPayStatus: 2 });
  });

  it('is exactly-once: a second report is refused with code 2 and the first one is kept', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    expect((await report(webhookBody(id, { type: 'payment_intent.payment_failed' }))).body.code).toBe(0);
    const second = await report(webhookBody(id, { paypalId: 'PAYID-SECOND' }));
    expect(second.body).toEqual({ code: 2, data: null, message: 'payment already reported for this order', messageSourceHandler: {} });
    const again = await report(webhookBody(id), 'zh-CN');
    expect(again.body).toMatchObject({ code: 2, message: '该订单的支付结果已上报' });
    expect(order(id)?.status).toBe('failed');
    expect((await payStatus(id)).data).toEqual({ orderPayStatus: 2 });

    const paid = await sandbox.preOrder(sandbox.token);
    expect((await report(webhookBody(paid))).body.code).toBe(0);
    expect((await report(webhookBody(paid, { type: 'payment_intent.payment_failed' }))).body.code).toBe(2);
    expect(order(paid)).toMatchObject({ status: 'paid', profile: 'issued' });
  });

  it('accepts orderId as a string of digits, as the documentation types it, and as an integer alike', async () => {
    const asText = await sandbox.preOrder(sandbox.token);
    expect((await report(webhookBody(asText, { orderId: String(asText) }))).body.code).toBe(0);
    expect(order(asText)).toMatchObject({ status: 'paid' });
    const asNumber = await sandbox.preOrder(sandbox.token);
    expect((await report(webhookBody(asNumber))).body.code).toBe(0);
    // Once is once, however the id is written.
    expect((await report(webhookBody(asText, { orderId: String(asText) }))).body.code).toBe(2);
  });

  it('records every report that reaches an order, with its body, time and answer code', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    await report(webhookBody(id, { payAmount: 4 }));
    clock.advance(1000);
    await report(webhookBody(id));
    await report(webhookBody(id, { paypalId: 'PAYID-DUPLICATE' }));
    const reports = control().snapshot().orders.find((item) => item.id === id)?.reports;
    expect(reports?.map((item) => item.code)).toEqual([10009, 0, 2]);
    expect(reports?.[0]?.body).toEqual(webhookBody(id, { payAmount: 4 }));
    expect(reports?.[2]?.body).toMatchObject({ paypalId: 'PAYID-DUPLICATE' });
    expect(reports?.[1]?.receivedAt).toBe(new Date(new Date(reports?.[0]?.receivedAt ?? 0).getTime() + 1000).toISOString());
  });

  it.each([
    ['dateTime', { dateTime: undefined }],
    ['orderId', { orderId: undefined }],
    ['orderId', { orderId: '10552x0093' }],
    ['orderId', { orderId: ' ' }],
    ['orderId', { orderId: 1055200093.5 }],
    ['partnerCode', { partnerCode: undefined }],
    ['partnerCode', { partnerCode: '1000000006' }],
    ['payAmount', { payAmount: '5' }],
    ['payAmount', { payAmount: -5 }],
    ['payCurrency', { payCurrency: undefined }],
    ['payCurrency', { payCurrency: 'usd' }],
    ['payCurrency', { payCurrency: 'US Dollar' }],
    ['paypalId', { paypalId: '' }],
    ['paypalId', { paypalId: '   ' }],
    ['paypalId', { paypalId: 42 }],
    ['type', { type: 'payment_intent.created' }],
    ['type', { type: undefined }],
  ])('answers code 2 naming %s for %j and leaves the order alone', async (field, change) => {
    const id = await sandbox.preOrder(sandbox.token);
    const { body } = await report(webhookBody(id, change));
    expect(body.code).toBe(2);
    expect(body.data).toBeNull();
    expect(body.message).toContain(field);
    expect(order(id)).toMatchObject({ status: 'reserved', reports: [] });
  });

  it.each([
    ['a numeric string', '1796440500'],
    ['a fraction', WEBHOOK_DATE_TIME + 0.5],
    ['a negative number', -1],
    ['zero', 0],
    ['milliseconds', WEBHOOK_DATE_TIME * 1000],
    ['a year past 2099', 4_102_444_800],
    ['an ISO date', '2026-12-05T03:15:00Z'],
  ])('answers 1102 "time conversion error" for dateTime as %s', async (_label, dateTime) => {
    const id = await sandbox.preOrder(sandbox.token);
    const { body } = await report(webhookBody(id, { dateTime }));
    expect(body.code).toBe(1102);
    expect(body.message).toContain('time conversion error');
    expect(order(id)?.status).toBe('reserved');
  });

  it('accepts the edges of the sane dateTime range', async () => {
    const first = await sandbox.preOrder(sandbox.token);
    expect((await report(webhookBody(first, { dateTime: 946_684_800 }))).body.code).toBe(0);
    const last = await sandbox.preOrder(sandbox.token);
    expect((await report(webhookBody(last, { dateTime: 4_102_444_799 }))).body.code).toBe(0);
  });

  it('answers 3004 and 9999 only when forced, once each, without touching the order', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    control().forceCode(WEBHOOK, 3004, 1);
    control().forceCode(WEBHOOK, 9999, 1);
    expect((await report(webhookBody(id))).body).toEqual({ code: 3004, data: null, message: 'order system error', messageSourceHandler: {} });
    expect((await report(webhookBody(id), 'zh-CN')).body).toMatchObject({ code: 9999, message: '系统错误' });
    expect(order(id)).toMatchObject({ status: 'reserved', reports: [] });
    expect((await report(webhookBody(id))).body.code).toBe(0);
    expect(order(id)?.status).toBe('paid');
  });

  it('answers 3005 to a succeeded payment when the pool was empty, and cancels the order', async () => {
    control().setProfilePool(0);
    const id = await sandbox.preOrder(sandbox.token);
    expect(order(id)?.profile).toBe('none');
    const { body } = await report(webhookBody(id));
    expect(body).toMatchObject({ code: 3005, data: null, message: 'no QR code: no free eSIM profile' });
    expect(order(id)).toMatchObject({ status: 'cancelled', profile: 'none' });
    expect((await payStatus(id)).data).toEqual({ orderPayStatus: 3 });
    expect(control().snapshot().profilePool.free).toBe(0);
    expect((await report(webhookBody(id))).body.code).toBe(2);
  });

  it('answers 0 to a failed payment of an order without profile', async () => {
    control().setProfilePool(0);
    const id = await sandbox.preOrder(sandbox.token);
    expect((await report(webhookBody(id, { type: 'payment_intent.payment_failed' }))).body.code).toBe(0);
    expect(order(id)).toMatchObject({ status: 'failed', profile: 'none' });
    expect(control().snapshot().profilePool.free).toBe(0);
  });

  it('answers 6006 "PreOrder Timeout" to a report of an order expired by the control', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    control().expireOrder(id);
    const { body } = await report(webhookBody(id));
    expect(body).toEqual({ code: 6006, data: null, message: 'PreOrder Timeout', messageSourceHandler: {} });
    expect(order(id)?.status).toBe('timed_out');
    expect(order(id)?.reports.map((item) => item.code)).toEqual([6006]);
  });

  it('answers 6006 once the clock passes a short timeout, not a millisecond before', async () => {
    control().setPreOrderTimeoutMinutes(5);
    const early = await sandbox.preOrder(sandbox.token);
    const late = await sandbox.preOrder(sandbox.token);
    clock.advance(5 * MINUTE_MS);
    expect((await report(webhookBody(early))).body.code).toBe(0);
    clock.advance(1);
    expect((await report(webhookBody(late))).body.code).toBe(6006);
    expect(order(late)).toMatchObject({ status: 'timed_out', profile: 'released' });
  });

  it('answers 10008 "order does not exist" for an unknown order', async () => {
    const { body } = await report(webhookBody(999));
    expect(body).toEqual({ code: 10008, data: null, message: 'order does not exist', messageSourceHandler: {} });
    expect((await report(webhookBody(999), 'zh-CN')).body.message).toBe('订单不存在');
  });

  it("answers 10008 for someone else's order, exactly as for an unknown one, and keeps no trace", async () => {
    const id = await sandbox.preOrder(sandbox.token);
    const customer = await sandbox.loginAs(SANDBOX_CUSTOMER.email, SANDBOX_CUSTOMER.password);
    const foreign = await report(webhookBody(id), 'en-US', customer);
    const unknown = await report(webhookBody(999), 'en-US', customer);
    expect(foreign.body).toEqual(unknown.body);
    expect(foreign.body.code).toBe(10008);
    expect(order(id)).toMatchObject({ status: 'reserved', reports: [] });
  });

  it.each([
    ['a lower amount', { payAmount: 4.99 }],
    ['a higher amount', { payAmount: 5.01 }],
    ['more decimals than the currency has', { payAmount: 5.001 }],
    ['another currency', { payCurrency: 'EUR' }],
    ['the right number in another currency', { payCurrency: 'JPY', payAmount: 5 }],
  ])('answers 10009 for %s and keeps the order waiting for a correct report', async (_label, change) => {
    const id = await sandbox.preOrder(sandbox.token);
    const { body } = await report(webhookBody(id, change));
    expect(body).toMatchObject({ code: 10009, data: null });
    expect(order(id)).toMatchObject({ status: 'reserved', profile: 'reserved' });
    expect((await report(webhookBody(id))).body.code).toBe(0);
  });

  it('compares the amount in minor units of the order currency (JPY has no decimals)', async () => {
    const detail = (await sandbox.call('/v1.1/package/detail', { id: 1000021 })).body.data as {
      packageCode: string;
      currencyInfos: { currencyAbbr: string; currencyId: number; price: number }[];
    };
    const jpy = detail.currencyInfos.find((info) => info.currencyAbbr === 'JPY');
    const money = (jpy?.price ?? 0) * 3;
    const id = await sandbox.preOrder(sandbox.token, {
      ...DOC_PRE_ORDER,
      id: 1000021,
      packageCode: detail.packageCode,
      currency: 'JPY',
      currencyId: jpy?.currencyId,
      periodNum: 3,
      money,
    });
    expect((await report(webhookBody(id, { payCurrency: 'JPY', payAmount: money + 0.5 }))).body.code).toBe(10009);
    expect((await report(webhookBody(id, { payCurrency: 'JPY', payAmount: money }))).body.code).toBe(0);
  });

  it('needs a token (code 7) and answers on the older /payment/webhook path too', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    expect((await sandbox.call(WEBHOOK, webhookBody(id))).body.code).toBe(7);
    expect((await sandbox.call('/payment/webhook', webhookBody(id), { token: sandbox.token })).body.code).toBe(0);
    expect(order(id)?.status).toBe('paid');
  });
});
