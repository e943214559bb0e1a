import { describe, expect, it } from 'vitest';

import { luhnDigit } from '@/lib/sandbox/activation';
import { DOC_PRE_ORDER, testClock, webhookBody } from '@/lib/test-support/sandbox-calls';
import type { EsimDetailData as EsimDetail } from '@/lib/sandbox/handlers/my-esim-detail';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';
import type { PackageView } from '@/lib/sandbox/views';

const DETAIL = '/v1.1/order/myEsimDetail';

describe('POST /v1.1/order/myEsimDetail', () => {
  const clock = testClock('2026-12-05T03:14:50.958Z');
  const sandbox = sandboxForSuite({ now: clock.now }, { reset: true, login: true });

  const detail = (orderId: number, language?: string) => sandbox.call(DETAIL, { orderId }, { token: sandbox.token, language });
  const pay = (orderId: number, change: Record<string, unknown> = {}) =>
    sandbox.call('/v1.1/payment/webhook', webhookBody(orderId, change), { token: sandbox.token });

  it('answers every field of a paid order, the package named in the request language', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    clock.advance(90 * 1000);
    await pay(id);
    const { body } = await detail(id, 'en-US');
    expect(body.code).toBe(0);
    const data = body.data as EsimDetail;
    expect(Object.keys(data).sort()).toEqual(
      ['activationCode', 'iccid', 'orderId', 'orderNo', 'packageFlow', 'packageName', 'qrCode', 'smdpAddress', 'status', 'usedFlow', 'validFrom', 'validTo'].sort(),
    );
    expect(data).toMatchObject({
      orderId: id,
      orderNo: 'ESIM_L202612050000001',
      packageName: 'C_T_Malaysia & Thailand 500MB Full-Speed Monthly Plan (eSIM)',
      smdpAddress: 'rsp-0001.linksfield.net',
      status: 'NOT_ACTIVE',
      packageFlow: 500,
      usedFlow: 0,
      validFrom: '2026-12-05T03:16:20.958+0000',
      validTo: '2027-01-04T03:16:20.958+0000',
    });
    expect(data.activationCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(data.qrCode).toBe(`LPA:1$rsp-0001.linksfield.net$${data.activationCode}`);
    const status = await sandbox.call('/package/queryOrdStatusAndEmail', { orderId: id }, { token: sandbox.token });
    expect((status.body.data as { qrCode: string }).qrCode).toBe(data.qrCode);
    expect(((await detail(id, 'zh-CN')).body.data as EsimDetail).packageName).toBe('C_T_马来西亚泰国500M不限速月套餐(esim)');
  });

  it('has a 20-digit ICCID starting 8985 with a valid Luhn digit', async () => {
    const id = await sandbox.preOrder(sandbox.token);
    await pay(id);
    const { iccid } = (await detail(id)).body.data as EsimDetail;
    expect(iccid).toMatch(/^8985\d{15,16}$/);
    expect(iccid).toHaveLength(20);
    expect(Number(iccid.slice(-1))).toBe(luhnDigit(iccid.slice(0, -1)));
    expect(luhnDigit('7992739871')).toBe(3);
  });

  it('runs validTo over period x periodNum days, and answers -1 for an unlimited package', async () => {
    const packages = (await sandbox.call('/v1.1/package/packageList', { partnerCode: '1000000005', type: 1, countryCode: 440 })).body
      .data as PackageView[];
    const unlimited = packages.find((item) => item.packageFlow === -1 && item.maxOrderPeriod >= 7);
    expect(unlimited).toBeDefined();
    if (!unlimited) return;
    const usd = unlimited.currencyInfos.find((info) => info.currencyAbbr === 'USD')?.price ?? 0;
    const id = await sandbox.preOrder(sandbox.token, {
      ...DOC_PRE_ORDER,
      id: unlimited.id,
      packageCode: unlimited.packageCode,
      periodNum: 7,
      money: Math.round(usd * 100 * 7) / 100,
    });
    await pay(id, { payAmount: Math.round(usd * 100 * 7) / 100 });
    const data = (await detail(id)).body.data as EsimDetail;
    expect(data.packageFlow).toBe(-1);
    const days = (Date.parse(data.validTo.replace('+0000', 'Z')) - Date.parse(data.validFrom.replace('+0000', 'Z'))) / 86_400_000;
    expect(days).toBe(unlimited.period * 7);
  });

  it('refuses with code 2 "the eSIM is not issued yet" for a reserved, failed, timed-out or cancelled order', async () => {
    const reserved = await sandbox.preOrder(sandbox.token);
    const failed = await sandbox.preOrder(sandbox.token);
    await pay(failed, { type: 'payment_intent.payment_failed' });
    const expired = await sandbox.preOrder(sandbox.token);
    sandbox.server.sandbox.control.expireOrder(expired);
    sandbox.server.sandbox.control.setProfilePool(0);
    const cancelled = await sandbox.preOrder(sandbox.token);
    expect((await pay(cancelled)).body.code).toBe(3005);
    for (const id of [reserved, failed, expired, cancelled]) {
      expect((await detail(id, 'en-US')).body).toEqual({
        code: 2,
        data: null,
        message: 'the eSIM is not issued yet',
        messageSourceHandler: {},
      });
    }
    expect((await detail(reserved, 'zh-CN')).body.message).toBe('eSIM尚未发放');
  });

  it('answers 10008 for an unknown order and 7 without a token', async () => {
    expect((await detail(42)).body.code).toBe(10008);
    expect((await sandbox.call(DETAIL, { orderId: 42 })).body.code).toBe(7);
  });
});
