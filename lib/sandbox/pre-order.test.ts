import { describe, expect, it } from 'vitest';

import { SANDBOX_ACCOUNT } from '@/lib/sandbox/accounts';
import { FIRST_ORDER_ID } from '@/lib/sandbox/orders';
import { DOC_PRE_ORDER, testClock } from '@/lib/test-support/sandbox-calls';
import type { PreOrderData } from '@/lib/sandbox/handlers/pre-order-package';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';
import type { PackageView } from '@/lib/sandbox/views';

const PATH = '/v1.1/package/preOrderPackage';

describe('POST /v1.1/package/preOrderPackage', () => {
  const clock = testClock('2026-12-05T03:14:50.958Z');
  const sandbox = sandboxForSuite({ now: clock.now }, { login: true });

  const preOrder = (body: object, language?: string) => sandbox.call(PATH, body, { token: sandbox.token, language });
  const detail = async (id: number) => (await sandbox.call('/v1.1/package/detail', { id })).body.data as PackageView;

  it("accepts the documentation's own example request and answers in the documented shape", async () => {
    const { status, body } = await preOrder(DOC_PRE_ORDER);
    expect(status).toBe(200);
    expect(body.code).toBe(0);
    expect(body.message).toBe('SUCCESS');
    const data = body.data as PreOrderData;
    expect(Object.keys(data).sort()).toEqual(
      ['amount', 'clientId', 'currency', 'id', 'orderNo', 'orderTime', 'packageName', 'periodNum'].sort(),
    );
    expect(data).toMatchObject({
      amount: 5,
      id: FIRST_ORDER_ID,
      orderNo: 'ESIM_L202612050000001',
      packageName: 'C_T_马来西亚泰国500M不限速月套餐(esim)',
      orderTime: '2026-12-05T03:14:50.958+0000',
      periodNum: 1,
      currency: 'USD',
    });
    expect(FIRST_ORDER_ID).toBe(1055200093);
    expect(data.clientId).toMatch(/^[A-Za-z0-9_-]{65,75}$/);

    const stored = sandbox.server.sandbox.state.orders.get(data.id);
    expect(stored).toMatchObject({
      id: FIRST_ORDER_ID,
      orderNo: 'ESIM_L202612050000001',
      packageId: 1000000,
      packageCode: 'LP20220325000000',
      currency: 'USD',
      currencyId: 2,
      moneyMinor: 500,
      packageNum: 1,
      periodNum: 1,
      partnerCode: SANDBOX_ACCOUNT.partnerCode,
      accountEmail: SANDBOX_ACCOUNT.email,
      status: 'reserved',
    });
    expect(stored?.createdAt.toISOString()).toBe('2026-12-05T03:14:50.958Z');
  });

  it('numbers orders in sequence, with the UTC date of now() in the order number', async () => {
    const first = (await preOrder(DOC_PRE_ORDER)).body.data as PreOrderData;
    clock.advance(24 * 60 * 60 * 1000);
    const second = (await preOrder(DOC_PRE_ORDER)).body.data as PreOrderData;
    expect(second.id).toBe(first.id + 1);
    const serial = (orderNo: string) => Number(orderNo.slice(-7));
    expect(serial(second.orderNo)).toBe(serial(first.orderNo) + 1);
    expect(first.orderNo).toMatch(/^ESIM_L20261205\d{7}$/);
    expect(second.orderNo).toMatch(/^ESIM_L20261206\d{7}$/);
    expect(second.orderTime).toBe('2026-12-06T03:14:50.958+0000');
    expect(second.clientId).toBe(first.clientId);
  });

  it('names the package in the request language', async () => {
    const { body } = await preOrder(DOC_PRE_ORDER, 'en-US');
    expect((body.data as PreOrderData).packageName).toBe('C_T_Malaysia & Thailand 500MB Full-Speed Monthly Plan (eSIM)');
  });

  it('charges price x periodNum x packageNum in another currency (JPY, several days)', async () => {
    const item = await detail(1000021);
    const jpy = item.currencyInfos.find((info) => info.currencyAbbr === 'JPY');
    expect(jpy).toBeDefined();
    const body = {
      ...DOC_PRE_ORDER,
      id: item.id,
      packageCode: item.packageCode,
      currency: 'JPY',
      currencyId: jpy?.currencyId,
      periodNum: 7,
      packageNum: 3,
      money: (jpy?.price ?? 0) * 21,
    };
    const { body: envelope } = await preOrder(body, 'en-US');
    expect(envelope.code).toBe(0);
    expect(envelope.data).toMatchObject({ amount: body.money, currency: 'JPY', periodNum: 7 });
    const id = (envelope.data as PreOrderData).id;
    expect(sandbox.server.sandbox.state.orders.get(id)).toMatchObject({ packageNum: 3, periodNum: 7, moneyMinor: body.money });

    expect((await preOrder({ ...body, money: body.money + 1 })).body.code).toBe(2);
    expect((await preOrder({ ...body, money: body.money + 0.5 })).body.code).toBe(2);
  });

  it('compares money in minor units, so 7 x 19.49 = 136.43 matches despite float maths', async () => {
    const item = await detail(1000019);
    const usd = item.currencyInfos.find((info) => info.currencyAbbr === 'USD');
    expect(usd?.price).toBe(19.49);
    expect(19.49 * 7).not.toBe(136.43);
    const body = { ...DOC_PRE_ORDER, id: item.id, packageCode: item.packageCode, packageNum: 7, money: 136.43 };
    expect((await preOrder(body)).body).toMatchObject({ code: 0, data: { amount: 136.43 } });
    expect((await preOrder({ ...body, money: 19.49 * 7 })).body.code).toBe(2);
    expect((await preOrder({ ...body, money: 136.430001 })).body.code).toBe(2);
  });

  it('answers code 2 "money does not match the package price" for a wrong total', async () => {
    const { body } = await preOrder({ ...DOC_PRE_ORDER, money: 4.99 }, 'en-US');
    expect(body).toEqual({ code: 2, data: null, message: 'money does not match the package price', messageSourceHandler: {} });
    expect((await preOrder({ ...DOC_PRE_ORDER, money: 5.0 })).body.code).toBe(0);
    expect((await preOrder({ ...DOC_PRE_ORDER, money: 10, packageNum: 2 })).body.code).toBe(0);
    expect((await preOrder({ ...DOC_PRE_ORDER, money: 5, packageNum: 2 })).body.code).toBe(2);
  });

  it('enforces periodNum within the package min..max', async () => {
    const dayPass = await detail(1000021);
    expect([dayPass.minOrderPeriod, dayPass.maxOrderPeriod]).toEqual([1, 30]);
    const usd = dayPass.currencyInfos.find((info) => info.currencyAbbr === 'USD')?.price ?? 0;
    const base = { ...DOC_PRE_ORDER, id: dayPass.id, packageCode: dayPass.packageCode };
    expect((await preOrder({ ...base, periodNum: 30, money: Math.round(usd * 100 * 30) / 100 })).body.code).toBe(0);
    const over = await preOrder({ ...base, periodNum: 31, money: Math.round(usd * 100 * 31) / 100 }, 'en');
    expect(over.body.code).toBe(2);
    expect(over.body.message).toContain('periodNum must be between 1 and 30');
    const twice = await preOrder({ ...DOC_PRE_ORDER, periodNum: 2, money: 10 }, 'en');
    expect(twice.body.code).toBe(2);
    expect(twice.body.message).toContain('periodNum');
  });

  it.each([
    ['currency', { currency: undefined }],
    ['currency', { currency: 'EUR', currencyId: 3 }],
    ['currencyId', { currencyId: 1 }],
    ['currencyId', { currencyId: '2' }],
    ['deviceType', { deviceType: 10 }],
    ['deviceType', { deviceType: '11' }],
    ['discountFlag', { discountFlag: 1 }],
    ['discountFlag', { discountFlag: undefined }],
    ['id', { id: undefined }],
    ['id', { id: '1000000' }],
    ['money', { money: '5' }],
    ['money', { money: undefined }],
    ['packageCode', { packageCode: 'LP20220325000001' }],
    ['packageCode', { packageCode: undefined }],
    ['packageNum', { packageNum: 0 }],
    ['packageNum', { packageNum: 101 }],
    ['packageNum', { packageNum: 1.5 }],
    ['partnerCode', { partnerCode: '1000000006' }],
    ['partnerCode', { partnerCode: undefined }],
    ['periodNum', { periodNum: undefined }],
    ['periodNum', { periodNum: 0 }],
  ])('answers code 2 naming %s for %j', async (field, change) => {
    const before = sandbox.server.sandbox.state.orders.size;
    const { status, body } = await preOrder({ ...DOC_PRE_ORDER, ...change }, 'en-US');
    expect(status).toBe(200);
    expect(body.code).toBe(2);
    expect(body.data).toBeNull();
    expect(body.message).toContain(field);
    expect(sandbox.server.sandbox.state.orders.size).toBe(before);
  });

  it('answers code 2 "package does not exist" for an unknown id', async () => {
    const { body } = await preOrder({ ...DOC_PRE_ORDER, id: 999 }, 'en-US');
    expect(body).toMatchObject({ code: 2, message: 'package does not exist' });
  });

  it('accepts up to 100 packages in one order', async () => {
    const { body } = await preOrder({ ...DOC_PRE_ORDER, packageNum: 100, money: 500 });
    expect(body).toMatchObject({ code: 0, data: { amount: 500 } });
  });
});
