import { describe, expect, it } from 'vitest';

import { buildCatalog } from '@/lib/sandbox/catalog';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';
import type { CountryView } from '@/lib/sandbox/views';

const PATH = '/package/countryPackageList';
const catalog = buildCatalog('esim-qr-mall');

describe('POST /package/countryPackageList', () => {
  const sandbox = sandboxForSuite();

  const list = async (body: object, language?: string) => {
    const { body: envelope } = await sandbox.call(PATH, { partnerCode: '1000000005', ...body }, { language });
    expect(envelope.code).toBe(0);
    return envelope.data as CountryView[];
  };

  it('lists the countries of type 1 (coverage includes the country) with the documented fields', async () => {
    const countries = await list({ type: 1, pageNum: 1, pageSize: 10, languageId: 2 }, 'en-US');
    const expected = catalog.countries.filter((country) => catalog.packages.some((item) => item.cover.includes(country.mcc)));
    expect(countries.map((country) => country.countryCode)).toEqual(expected.map((country) => country.mcc));
    expect(countries.length).toBeGreaterThanOrEqual(30);
    expect(countries.find((country) => country.countryCode === 440)).toEqual({
      countryCode: 440,
      countryName: 'Japan',
      isoCountryName: 'Japan',
      iso2: 'JP',
      continent: 'Asia',
    });
    expect(countries.find((country) => country.countryCode === 295)?.isoCountryName).toBe('Liechtenstein');
  });

  it('defaults to type 1', async () => {
    expect(await list({})).toEqual(await list({ type: 1 }));
  });

  it('lists only countries with a single-country package for type 2', async () => {
    const countries = await list({ type: 2 });
    const codes = countries.map((country) => country.countryCode);
    const expected = catalog.countries
      .filter((country) => catalog.packages.some((item) => item.cover.length === 1 && item.cover[0] === country.mcc))
      .map((country) => country.mcc);
    expect(codes).toEqual(expected);
    expect(codes).toContain(440);
    expect(codes).not.toContain(295);
    expect(codes.length).toBeLessThan((await list({ type: 1 })).length);
  });

  it('answers country names in Chinese by default and in English for en-US', async () => {
    const zh = await list({ type: 1, countryCode: 454 });
    const en = await list({ type: 1, countryCode: 454 }, 'en-US');
    expect(zh).toEqual([{ countryCode: 454, countryName: '中国香港', isoCountryName: 'Hong Kong', iso2: 'HK', continent: 'Asia' }]);
    expect(en[0]?.countryName).toBe('Hong Kong');
  });

  it('filters by countryCode (MCC)', async () => {
    expect((await list({ type: 2, countryCode: 262 })).map((country) => country.iso2)).toEqual(['DE']);
    expect(await list({ type: 2, countryCode: 295 })).toEqual([]);
    expect(await list({ type: 1, countryCode: 999 })).toEqual([]);
  });

  it.each([
    ['partnerCode', {}],
    ['partnerCode', { partnerCode: '42' }],
    ['partnerCode', { partnerCode: 1000000005 }],
    ['type', { partnerCode: '1000000005', type: 3 }],
    ['type', { partnerCode: '1000000005', type: '1' }],
    ['countryCode', { partnerCode: '1000000005', type: 1, countryCode: 'JP' }],
  ])('answers code 2 naming %s for %j', async (field, body) => {
    const { body: envelope } = await sandbox.call(PATH, body, { language: 'en' });
    expect(envelope.code).toBe(2);
    expect(envelope.data).toBeNull();
    expect(envelope.message).toContain(field);
  });
});
