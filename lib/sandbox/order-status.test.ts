import { describe, expect, it } from 'vitest';

import { testClock, webhookBody } from '@/lib/test-support/sandbox-calls';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const STATUS = '/package/queryOrdStatusAndEmail';
const LPA = /^LPA:1\$rsp-0001\.linksfield\.net\$[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/;

describe('POST /package/queryOrdStatusAndEmail', () => {
  const clock = testClock('2026-12-05T03:14:50.958Z');
  const sandbox = sandboxForSuite({ now: clock.now }, { reset: true, login: true });

  const status = (orderId: unknown, language?: string) => sandbox.call(STATUS, { orderId }, { token: sandbox.token, language });
  const report = (body: object) => sandbox.call('/v1.1/payment/webhook', body, { token: sandbox.token });

  it('answers 0 while reserved, then 1 with the QR code once paid', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    const waiting = await status(id);
    expect(waiting.body).toEqual({ code: 0, data: { orderPayStatus: 0 }, message: 'SUCCESS', messageSourceHandler: {} });
    await report(webhookBody(id));
    const paid = (await status(id)).body.data as { orderPayStatus: number; qrCode: string };
    expect(Object.keys(paid).sort()).toEqual(['orderPayStatus', 'qrCode']);
    expect(paid.orderPayStatus).toBe(1);
    expect(paid.qrCode).toMatch(LPA);
    expect(((await status(id)).body.data as { qrCode: string }).qrCode).toBe(paid.qrCode);
  });

  it('gives every paid order its own QR code', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const id = await sandbox.preOrder(sandbox.token);
      await report(webhookBody(id));
      codes.add(((await status(id)).body.data as { qrCode: string }).qrCode);
    }
    expect(codes.size).toBe(5);
  });

  it('answers 2 without a QR code after a failed payment', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    await report(webhookBody(id, { type: 'payment_intent.payment_failed' }));
    expect((await status(id)).body.data).toEqual({ orderPayStatus: 2 });
  });

  it('answers 3 for a timed-out order, evaluated lazily when the clock passes the timeout', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    clock.advance(60 * 60 * 1000);
    expect((await status(id)).body.data).toEqual({ orderPayStatus: 0 });
    clock.advance(1);
    expect((await status(id)).body.data).toEqual({ orderPayStatus: 3 });
    expect(sandbox.server.sandbox.state.orders.get(id)?.status).toBe('timed_out');
  });

  it('answers 3 for an order expired by the control and for a cancelled one (paid, no profile)', async () => {
    const expired = await sandbox.preOrder(sandbox.token);
    sandbox.server.sandbox.control.expireOrder(expired);
    expect((await status(expired)).body.data).toEqual({ orderPayStatus: 3 });

    sandbox.server.sandbox.control.setProfilePool(0);
    const cancelled = await sandbox.preOrder(sandbox.token);
    expect((await report(webhookBody(cancelled))).body.code).toBe(3005);
    expect((await status(cancelled)).body.data).toEqual({ orderPayStatus: 3 });
  });

  it('answers 10008 for an unknown order and 2 for a missing or non-integer orderId', async () => {
    expect((await status(123, 'en')).body).toMatchObject({ code: 10008, message: 'order does not exist', data: null });
    for (const orderId of [undefined, '1055200093', 1.5]) {
      const { body } = await status(orderId, 'en');
      expect(body.code).toBe(2);
      expect(body.message).toContain('orderId');
    }
  });

  it('needs a token', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    expect((await sandbox.call(STATUS, { orderId: id })).body.code).toBe(7);
    expect((await sandbox.call(STATUS, { orderId: id }, { token: 'not-a-token' })).body.code).toBe(7);
  });
});
