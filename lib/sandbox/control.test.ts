import { describe, expect, it } from 'vitest';

import { SANDBOX_CUSTOMER } from '@/lib/sandbox/accounts';
import { matchingIdFor } from '@/lib/sandbox/activation';
import { SandboxControlError } from '@/lib/sandbox/control';
import { FORCEABLE_CODES } from '@/lib/sandbox/forced-codes';
import { md5Hex } from '@/lib/sandbox/md5';
import { FIRST_ORDER_ID } from '@/lib/sandbox/orders';
import { DOC_PRE_ORDER, LOGIN_BODY, testClock, webhookBody } from '@/lib/test-support/sandbox-calls';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const PRE_ORDER = '/v1.1/package/preOrderPackage';
const WEBHOOK = '/v1.1/payment/webhook';
const STATUS = '/package/queryOrdStatusAndEmail';
const MINUTE_MS = 60 * 1000;

describe('sandbox.control', () => {
  const clock = testClock('2026-12-05T03:14:50.958Z');
  const sandbox = sandboxForSuite({ now: clock.now, acceptedTokens: ['configured-access-token'], profilePoolSize: 5 }, { reset: true, login: true });

  const control = () => sandbox.server.sandbox.control;
  const state = () => sandbox.server.sandbox.state;

  describe('forceCode', () => {
    it('answers the forced code for the next count calls of that path only, then handles again', async () => {
      control().forceCode(PRE_ORDER, 3005, 2);
      expect(control().snapshot().forcedCodes).toEqual([{ path: PRE_ORDER, code: 3005, remaining: 2 }]);
      expect((await sandbox.call('/v1.1/package/detail', { id: 1000000 })).body.code).toBe(0);
      const first = await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: sandbox.token, language: 'en-US' });
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ code: 3005, data: null, message: 'no QR code: no free eSIM profile', messageSourceHandler: {} });
      expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: sandbox.token, language: 'zh-CN' })).body).toMatchObject({ code: 3005, message: '无可用二维码：eSIM资源不足' });
      expect(state().orders.size).toBe(0);
      expect(control().snapshot().forcedCodes).toEqual([]);
      expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: sandbox.token })).body.code).toBe(0);
    });

    it('queues codes per path, oldest first', async () => {
      control().forceCode(STATUS, 7, 1);
      control().forceCode(STATUS, 10008, 1);
      control().forceCode(WEBHOOK, 9999, 1);
      const id = await sandbox.preOrder(sandbox.token);
      const codes = [];
      for (let i = 0; i < 3; i += 1) codes.push((await sandbox.call(STATUS, { orderId: id }, { token: sandbox.token })).body.code);
      expect(codes).toEqual([7, 10008, 0]);
      expect(control().snapshot().forcedCodes).toEqual([{ path: WEBHOOK, code: 9999, remaining: 1 }]);
    });

    it('fires before the token check and leaves the state alone', async () => {
      control().forceCode('/user/login', 2, 1);
      expect((await sandbox.call('/user/login', LOGIN_BODY, { language: 'en' })).body).toMatchObject({ code: 2, message: 'parameter error' });
      const tokensBefore = state().tokens.size;
      control().forceCode(PRE_ORDER, 6006, 1);
      expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER)).body.code).toBe(6006);
      expect(state().tokens.size).toBe(tokensBefore);
    });

    it('does not consume a forced code on a wrong method or another path', async () => {
      control().forceCode('v1.1/package/detail/', 10009, 1);
      expect((await sandbox.call('/v1.1/package/detail', { id: 1000000 }, { method: 'GET' })).status).toBe(405);
      expect((await sandbox.call('/v1.1/package/packageList', { partnerCode: '1000000005', type: 1, countryCode: 440 })).body.code).toBe(0);
      expect((await sandbox.call('/v1.1/package/detail', { id: 1000000 })).body.code).toBe(10009);
    });

    it('gives every allowed code a message in both languages', async () => {
      for (const code of FORCEABLE_CODES) {
        control().forceCode('/v1.1/package/detail', code, 2);
        const en = (await sandbox.call('/v1.1/package/detail', { id: 1000000 }, { language: 'en' })).body;
        const zh = (await sandbox.call('/v1.1/package/detail', { id: 1000000 }, { language: 'zh-CN' })).body;
        expect([en.code, zh.code]).toEqual([code, code]);
        expect(en.message).toMatch(/^[\x20-\x7e]+$/);
        expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    it.each([
      ['/v1.1/nothing', 3004, 1, /path/],
      ['/v1.1/payment/webhook', 0, 1, /code/],
      ['/v1.1/payment/webhook', 1234, 1, /code/],
      ['/v1.1/payment/webhook', 3004, 0, /count/],
      ['/v1.1/payment/webhook', 3004, -1, /count/],
      ['/v1.1/payment/webhook', 3004, 1.5, /count/],
    ])('refuses forceCode(%s, %d, %d) with a clear error', (path, code, count, message) => {
      expect(() => control().forceCode(path, code, count)).toThrow(SandboxControlError);
      expect(() => control().forceCode(path, code, count)).toThrow(message);
      expect(control().snapshot().forcedCodes).toEqual([]);
    });
  });

  describe('setPreOrderTimeoutMinutes', () => {
    it('does not revive an order past the old deadline that nobody looked at yet', async () => {
      const old = await sandbox.preOrder(sandbox.token);
      clock.advance(61 * MINUTE_MS);
      expect(state().orders.get(old)?.status).toBe('reserved');
      control().setPreOrderTimeoutMinutes(120);
      expect((await sandbox.call(STATUS, { orderId: old }, { token: sandbox.token })).body.data).toEqual({ orderPayStatus: 3 });
    });

    it('applies to orders already waiting, both longer and shorter', async () => {
      const waiting = await sandbox.preOrder(sandbox.token);
      control().setPreOrderTimeoutMinutes(120);
      clock.advance(119 * MINUTE_MS);
      expect((await sandbox.call(STATUS, { orderId: waiting }, { token: sandbox.token })).body.data).toEqual({ orderPayStatus: 0 });
      control().setPreOrderTimeoutMinutes(30);
      expect((await sandbox.call(STATUS, { orderId: waiting }, { token: sandbox.token })).body.data).toEqual({ orderPayStatus: 3 });
      expect(control().snapshot().preOrderTimeoutMinutes).toBe(30);
    });

    it('refuses a negative, fractional or huge timeout', () => {
      for (const minutes of [-1, 0.5, 10_081, Number.NaN]) {
        expect(() => control().setPreOrderTimeoutMinutes(minutes)).toThrow(/minutes/);
      }
      expect(control().snapshot().preOrderTimeoutMinutes).toBe(60);
    });
  });

  describe('expireOrder', () => {
    it('times a reserved order out now', async () => {
      const id = await sandbox.preOrder(sandbox.token);
      control().expireOrder(id);
      expect(state().orders.get(id)).toMatchObject({ status: 'timed_out', profile: 'released' });
      expect(state().orders.get(id)?.closedAt?.toISOString()).toBe(clock.now().toISOString());
    });

    it('refuses an unknown order (404) and one that is no longer reserved (409)', async () => {
      expect(() => control().expireOrder(12345)).toThrow(expect.objectContaining({ status: 404, message: expect.stringContaining('orderId') }));
      const id = await sandbox.preOrder(sandbox.token);
      await sandbox.call(WEBHOOK, webhookBody(id), { token: sandbox.token });
      expect(() => control().expireOrder(id)).toThrow(expect.objectContaining({ status: 409 }));
      expect(state().orders.get(id)?.status).toBe('paid');
    });
  });

  describe('setProfilePool', () => {
    it('sets the free profiles; 0 empties the pool, held profiles stay held', async () => {
      const held = await sandbox.preOrder(sandbox.token);
      control().setProfilePool(0);
      expect(control().snapshot().profilePool).toEqual({ free: 0, reserved: 1, issued: 0 });
      expect(state().orders.get(await sandbox.preOrder(sandbox.token))?.profile).toBe('none');
      control().setProfilePool(2);
      expect(state().orders.get(await sandbox.preOrder(sandbox.token))?.profile).toBe('reserved');
      expect(control().snapshot().profilePool).toEqual({ free: 1, reserved: 2, issued: 0 });
      expect(state().orders.get(held)?.profile).toBe('reserved');
      expect(() => control().setProfilePool(-1)).toThrow(/size/);
      expect(() => control().setProfilePool(1_000_001)).toThrow(/size/);
    });

    it('settles due timeouts first, so the pool is exactly the size asked for', async () => {
      await sandbox.preOrder(sandbox.token);
      clock.advance(61 * MINUTE_MS);
      control().setProfilePool(0);
      expect(control().snapshot().profilePool.free).toBe(0);
    });
  });

  describe('banner', () => {
    it('gives the scenarios, the pre-order timeout and the free profiles, as the snapshot does, without the orders', async () => {
      await sandbox.preOrder(sandbox.token);
      control().forceCode(WEBHOOK, 3004, 2);
      control().addLatency('*', 500);
      control().setPreOrderTimeoutMinutes(5);
      const banner = control().banner();
      const snapshot = control().snapshot();
      expect(banner).toEqual({ preOrderTimeoutMinutes: 5, scenarios: snapshot.scenarios, freeProfiles: snapshot.profilePool.free });
      expect(banner.freeProfiles).toBe(4);
      expect(banner).not.toHaveProperty('orders');
    });

    it('counts profiles released by orders that timed out meanwhile', async () => {
      await sandbox.preOrder(sandbox.token);
      control().setProfilePool(0);
      expect(control().banner().freeProfiles).toBe(0);
      clock.advance(61 * MINUTE_MS);
      expect(control().banner().freeProfiles).toBe(1);
    });
  });

  describe('setPrice', () => {
    const usdPrice = async (id: number) => {
      const { body } = await sandbox.call('/v1.1/package/detail', { id });
      const infos = (body.data as { currencyInfos: { currencyAbbr: string; price: number }[] }).currencyInfos;
      return infos.find((info) => info.currencyAbbr === 'USD')?.price;
    };

    it('changes one price of one package in every answer after it, until a reset', async () => {
      const seeded = await usdPrice(1000000);
      const neighbour = await usdPrice(1000001);
      control().setPrice(1000000, 'USD', 12_345);
      expect(await usdPrice(1000000)).toBe(123.45);
      expect(await usdPrice(1000001)).toBe(neighbour);
      expect(sandbox.server.sandbox.catalog.packageById.get(1000000)?.prices.find((price) => price.currency.abbr === 'USD')?.minor).toBe(12_345);
      control().reset();
      expect(await usdPrice(1000000)).toBe(seeded);
    });

    it('refuses an unknown package (404), a currency it is not sold in and a price out of bounds', () => {
      expect(() => control().setPrice(999, 'USD', 100)).toThrow(expect.objectContaining({ status: 404, message: expect.stringContaining('packageId') }));
      expect(() => control().setPrice(1000000, 'XXX', 100)).toThrow(expect.objectContaining({ status: 400, message: expect.stringContaining('currency') }));
      expect(() => control().setPrice(1000000, 'USD', 0)).toThrow(SandboxControlError);
      expect(() => control().setPrice(1000000, 'USD', 1.5)).toThrow(SandboxControlError);
    });
  });

  describe('reset', () => {
    it('goes back to the seed: accounts, tokens, orders, sequences, settings, pool and scenarios', async () => {
      const catalog = state().catalog;
      await sandbox.call('/user/emailRegister', { email: 'gone@example.com', passwd: md5Hex('x'), partnerCode: '1000000005' });
      const customer = await sandbox.loginAs(SANDBOX_CUSTOMER.email, SANDBOX_CUSTOMER.password);
      await sandbox.preOrder(customer);
      await sandbox.preOrder(sandbox.token);
      control().setPreOrderTimeoutMinutes(5);
      control().setProfilePool(0);
      control().forceCode(WEBHOOK, 3004, 3);
      control().addLatency('*', 5000);
      control().forceTimeout(PRE_ORDER, 1);
      control().forceMalformed(STATUS, 1, 'no-data');

      control().reset();
      const snapshot = control().snapshot();
      expect(snapshot).toMatchObject({ orders: [], forcedCodes: [], scenarios: [], preOrderTimeoutMinutes: 60, profilePool: { free: 5, reserved: 0, issued: 0 } });
      expect(snapshot.accounts.map((account) => [account.email, account.role])).toEqual([
        ['shop@sandbox.esim-qr-mall.test', 'partner'],
        ['traveller@sandbox.esim-qr-mall.test', 'customer'],
      ]);
      expect(state().catalog).not.toBe(catalog);
      expect(state().catalog).toEqual(catalog);
      expect(sandbox.server.sandbox.catalog).toBe(state().catalog);
      expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: sandbox.token })).body.code).toBe(7);
      expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: customer })).body.code).toBe(7);
      const again = await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: 'configured-access-token' });
      expect(again.body).toMatchObject({ code: 0, data: { id: FIRST_ORDER_ID, orderNo: 'ESIM_L202612050000001' } });
      expect((await sandbox.call('/user/login', { ...LOGIN_BODY, email: 'gone@example.com', passwd: md5Hex('x') })).body.code).toBe(1001);
    });
  });

  describe('snapshot', () => {
    it('lists orders with status and reports as plain JSON, without activation codes', async () => {
      const paid = await sandbox.preOrder(sandbox.token);
      const paidAt = clock.now().toISOString();
      await sandbox.call(WEBHOOK, webhookBody(paid), { token: sandbox.token });
      clock.advance(1000);
      const waiting = await sandbox.preOrder(sandbox.token);
      const snapshot = control().snapshot();
      expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
      expect(snapshot.now).toBe(clock.now().toISOString());
      expect(snapshot.orders.map((order) => [order.id, order.status, order.orderPayStatus])).toEqual([
        [paid, 'paid', 1],
        [waiting, 'reserved', 0],
      ]);
      expect(snapshot.orders[0]).toMatchObject({
        money: 5,
        currency: 'USD',
        accountEmail: 'shop@sandbox.esim-qr-mall.test',
        profile: 'issued',
        iccid: expect.stringMatching(/^8985\d{16}$/),
        paidAt,
        reports: [{ code: 0, receivedAt: paidAt, body: webhookBody(paid) }],
      });
      const text = JSON.stringify(snapshot);
      expect(text).not.toContain(matchingIdFor(state().seed, paid));
      expect(text).not.toContain('LPA:');
      expect(text).not.toContain(md5Hex('sandbox-password'));
    });

    it('is a copy: changing it changes nothing in the sandbox', async () => {
      const id = await sandbox.preOrder(sandbox.token);
      await sandbox.call(WEBHOOK, webhookBody(id, { payAmount: 1 }), { token: sandbox.token });
      const snapshot = control().snapshot();
      const report = snapshot.orders[0]?.reports[0];
      if (!report) throw new Error('no report');
      (report.body as Record<string, unknown>).payAmount = 5;
      snapshot.orders.length = 0;
      expect(control().snapshot().orders[0]?.reports[0]?.body).toMatchObject({ payAmount: 1 });
    });
  });
});
