import { describe, expect, it } from 'vitest';

import { buildCatalog } from '@/lib/sandbox/catalog';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';
import type { PackageView } from '@/lib/sandbox/views';

const PATH = '/v1.1/package/detail';
const catalog = buildCatalog('esim-qr-mall');

const FIELDS = [
  'buyType', 'coverCountrys', 'currencyInfos', 'id', 'logo', 'maxOrderPeriod', 'minOrderPeriod', 'packageCode',
  'packageDesc', 'packageFlow', 'packageShortDesc', 'packageShowName', 'packageType', 'period', 'periodUnit',
  'priceType', 'saleCount', 'updateTime',
];

describe('POST /v1.1/package/detail', () => {
  const sandbox = sandboxForSuite();

  const detail = async (id: number, language?: string) => {
    const { body } = await sandbox.call(PATH, { id }, { language });
    expect(body.code).toBe(0);
    return body.data as PackageView;
  };

  it('answers the documentation example package with every documented field', async () => {
    const item = await detail(1000000, 'en-US');
    expect(Object.keys(item).sort()).toEqual(FIELDS);
    expect(item).toMatchObject({
      id: 1000000,
      packageCode: 'LP20220325000000',
      packageFlow: 500,
      period: 30,
      periodUnit: 'DAY',
      minOrderPeriod: 1,
      maxOrderPeriod: 1,
      coverCountrys: [502, 520],
    });
    expect(item.currencyInfos[0]).toEqual({
      currencyId: 2,
      currencyAbbr: 'USD',
      currencyName: 'US Dollar',
      currencySymbol: '$',
      digitsNum: '2',
      price: 5,
      unit: 'dollar',
    });
    expect(item.packageShowName).toContain('Malaysia');
  });

  it('answers names in Chinese by default', async () => {
    const item = await detail(1000000);
    expect(item.packageShowName).toBe('C_T_马来西亚泰国500M不限速月套餐(esim)');
    expect(item.packageShortDesc).toMatch(/\p{Script=Han}/u);
    expect(item.packageDesc).toContain('马来西亚');
    expect(item.currencyInfos[0]?.currencyName).toBe('美元');
  });

  it('answers every package with types as documented and prices within digitsNum', async () => {
    for (const { id } of catalog.packages) {
      const item = await detail(id, 'en-US');
      expect(typeof item.packageCode).toBe('string');
      expect(Number.isInteger(item.packageFlow)).toBe(true);
      expect(Array.isArray(item.coverCountrys)).toBe(true);
      expect(item.currencyInfos.length).toBeGreaterThanOrEqual(1);
      for (const info of item.currencyInfos) {
        expect(typeof info.currencyId).toBe('number');
        expect(info.digitsNum).toMatch(/^\d$/);
        expect(typeof info.price).toBe('number');
        expect(info.price).toBeGreaterThan(0);
        const decimals = (String(info.price).split('.')[1] ?? '').length;
        expect(decimals, `${id} ${info.currencyAbbr} ${info.price}`).toBeLessThanOrEqual(Number(info.digitsNum));
      }
    }
  });

  it('answers JPY with digitsNum "0" and a whole price', async () => {
    const item = await detail(1000021, 'en-US');
    const jpy = item.currencyInfos.find((info) => info.currencyAbbr === 'JPY');
    expect(jpy).toMatchObject({ digitsNum: '0', currencySymbol: '¥' });
    expect(Number.isInteger(jpy?.price)).toBe(true);
    expect(item.maxOrderPeriod).toBe(30);
  });

  it('ignores the deprecated orderNum fields', async () => {
    const { body } = await sandbox.call(PATH, { id: 1000001, orderNum: 'x', orderNumber: 3 });
    expect(body.code).toBe(0);
  });

  it('answers code 2 "package does not exist" for an unknown id', async () => {
    const { body } = await sandbox.call(PATH, { id: 42 }, { language: 'en-US' });
    expect(body).toEqual({ code: 2, data: null, message: 'package does not exist', messageSourceHandler: {} });
  });

  it.each([{}, { id: null }, { id: '1000000' }, { id: 1000000.5 }, { id: true }])(
    'answers code 2 naming id for %j',
    async (body) => {
      const { body: envelope } = await sandbox.call(PATH, body, { language: 'en' });
      expect(envelope.code).toBe(2);
      expect(envelope.message).toMatch(/\bid\b/);
    },
  );
});
