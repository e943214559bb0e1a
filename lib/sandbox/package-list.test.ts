import { describe, expect, it } from 'vitest';

import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';
import type { PackageView } from '@/lib/sandbox/views';

const PATH = '/v1.1/package/packageList';

describe('POST /v1.1/package/packageList', () => {
  const sandbox = sandboxForSuite();

  const list = async (body: object, language?: string) => {
    const { body: envelope } = await sandbox.call(PATH, { partnerCode: '1000000005', ...body }, { language });
    expect(envelope.code).toBe(0);
    return envelope.data as PackageView[];
  };

  it('lists every package whose coverage includes the country for type 1', async () => {
    const packages = await list({ type: 1, countryCode: 502 });
    const ids = packages.map((item) => item.id);
    expect(ids).toContain(1000000);
    expect(packages.every((item) => item.coverCountrys.includes(502))).toBe(true);
    expect(packages.some((item) => item.coverCountrys.length === 1)).toBe(true);
    expect(packages.some((item) => item.coverCountrys.length > 1)).toBe(true);
  });

  it('lists only single-country packages for type 2', async () => {
    const packages = await list({ type: 2, countryCode: 502 });
    expect(packages.length).toBeGreaterThan(0);
    expect(packages.every((item) => item.coverCountrys.length === 1 && item.coverCountrys[0] === 502)).toBe(true);
    expect(packages.map((item) => item.id)).not.toContain(1000000);
  });

  it('answers the same fields as the detail', async () => {
    const [first] = await list({ type: 2, countryCode: 440 }, 'en-US');
    expect(first).toBeDefined();
    const { body } = await sandbox.call('/v1.1/package/detail', { id: first?.id }, { language: 'en-US' });
    expect(first).toEqual(body.data);
  });

  it('finds the country by isoCountryName (or ISO2), and countryCode wins when both are sent', async () => {
    const byCode = await list({ type: 2, countryCode: 440 });
    expect(await list({ type: 2, isoCountryName: 'Japan' })).toEqual(byCode);
    expect(await list({ type: 2, isoCountryName: 'japan' })).toEqual(byCode);
    expect(await list({ type: 2, isoCountryName: 'JP' })).toEqual(byCode);
    const both = await list({ type: 2, countryCode: 440, isoCountryName: 'France' });
    expect(both).toEqual(byCode);
    expect(both.every((item) => item.coverCountrys[0] === 440)).toBe(true);
  });

  it('answers an empty array for a country without packages', async () => {
    expect(await list({ type: 1, countryCode: 412 })).toEqual([]);
    expect(await list({ type: 2, countryCode: 295 })).toEqual([]);
    expect(await list({ type: 1, isoCountryName: 'Atlantis' })).toEqual([]);
    expect((await list({ type: 1, countryCode: 295 })).length).toBeGreaterThan(0);
  });

  it('answers names in the request language', async () => {
    const en = await list({ type: 2, countryCode: 440 }, 'en-US');
    const zh = await list({ type: 2, countryCode: 440 }, 'zh-CN');
    expect(en[0]?.packageShowName).toMatch(/^Japan /);
    expect(zh[0]?.packageShowName).toMatch(/^日本/);
    expect(en[0]?.id).toBe(zh[0]?.id);
  });

  it.each([
    ['countryCode or isoCountryName', { type: 1 }],
    ['type', { countryCode: 440 }],
    ['type', { type: 0, countryCode: 440 }],
    ['countryCode', { type: 1, countryCode: '440' }],
    ['isoCountryName', { type: 1, isoCountryName: 440 }],
  ])('answers code 2 naming %s for %j', async (field, body) => {
    const { body: envelope } = await sandbox.call(PATH, { partnerCode: '1000000005', ...body }, { language: 'en' });
    expect(envelope.code).toBe(2);
    expect(envelope.data).toBeNull();
    expect(envelope.message).toContain(field);
  });

  it('answers code 2 for a missing or unknown partnerCode', async () => {
    for (const partnerCode of [undefined, '1']) {
      const { body } = await sandbox.call(PATH, { partnerCode, type: 1, countryCode: 440 }, { language: 'en' });
      expect(body.code).toBe(2);
      expect(body.message).toContain('partnerCode');
    }
  });
});
