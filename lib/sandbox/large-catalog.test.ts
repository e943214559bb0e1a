import { describe, expect, it } from 'vitest';

import { buildCatalog, LARGE_CATALOG, SANDBOX_COUNTRIES } from '@/lib/sandbox/catalog';
import { packagesForCountry } from '@/lib/sandbox/catalog-queries';
import { MORE_COUNTRIES } from '@/lib/sandbox/more-countries';
import { answerText } from '@/lib/sandbox/answers';
import { createSandbox } from '@/lib/sandbox/sandbox';

const large = buildCatalog('esim-qr-mall', 'large');
const standard = buildCatalog('esim-qr-mall');

describe('large catalog', () => {
  it('has exactly 10,000 packages over 200 countries, ids, codes, MCCs and ISO codes unique', () => {
    expect(large.packages).toHaveLength(LARGE_CATALOG.packages);
    expect(large.countries).toHaveLength(LARGE_CATALOG.countries);
    expect(new Set(large.packages.map((item) => item.id)).size).toBe(10_000);
    expect(new Set(large.packages.map((item) => item.code)).size).toBe(10_000);
    expect(new Set(large.countries.map((country) => country.mcc)).size).toBe(200);
    expect(new Set(large.countries.map((country) => country.iso2)).size).toBe(200);
    for (const item of large.packages) expect(item.code).toMatch(/^LP20\d{12}$/);
    expect(large.packageById.size).toBe(10_000);
    expect(large.countryByMcc.size).toBe(200);
  });

  it('keeps every default package with its id, code and prices; global packages cover all 200 countries', () => {
    for (const item of standard.packages) {
      const same = large.packageById.get(item.id);
      expect(same?.code).toBe(item.code);
      expect(same?.prices).toEqual(item.prices);
      expect(same?.cover).toEqual(item.kind === 'global' ? large.countries.map((country) => country.mcc) : item.cover);
    }
    expect(large.packages.filter((item) => item.kind === 'global').every((item) => item.cover.length === 200)).toBe(true);
  });

  it('gives every country about 50 packages of its own', () => {
    for (const country of large.countries) {
      const own = packagesForCountry(large, country.mcc, 2);
      expect(own.length, country.iso2).toBeGreaterThanOrEqual(48);
      expect(own.length, country.iso2).toBeLessThanOrEqual(60);
    }
  });

  it('prices generated packages like the others: positive minor units, USD always offered', () => {
    const generated = large.packages.slice(standard.packages.length);
    expect(generated.length).toBe(10_000 - standard.packages.length);
    for (const item of generated) {
      expect(item.kind).toBe('local');
      expect(item.prices.map((price) => price.currency.abbr)).toContain('USD');
      for (const price of item.prices) {
        expect(Number.isSafeInteger(price.minor)).toBe(true);
        expect(price.minor).toBeGreaterThan(0);
      }
      expect(item.showName.en).toContain(large.countryByMcc.get(item.cover[0] ?? 0)?.name.en ?? 'missing');
    }
  });

  it('is the same for the same seed, and the seed changes only the informational fields', () => {
    expect(buildCatalog('esim-qr-mall', 'large')).toEqual(large);
    const other = buildCatalog('other-seed', 'large');
    const fixed = (catalog: typeof large) => catalog.packages.map(({ id, code, prices, cover }) => ({ id, code, prices, cover }));
    expect(fixed(other)).toEqual(fixed(large));
    expect(other.packages.map((item) => item.saleCount)).not.toEqual(large.packages.map((item) => item.saleCount));
  });

  it('adds real countries named in English and Chinese on every continent', () => {
    const added = large.countries.filter((country) => !SANDBOX_COUNTRIES.some((known) => known.mcc === country.mcc));
    expect(added).toHaveLength(200 - SANDBOX_COUNTRIES.length);
    for (const country of MORE_COUNTRIES) {
      expect(country.name.zh).toMatch(/\p{Script=Han}/u);
      expect(country.name.en).toMatch(/^[A-Z][A-Za-z .&-]+$/);
      expect(country.mcc).toBeGreaterThanOrEqual(200);
      expect(country.mcc).toBeLessThan(800);
    }
    expect(new Set(added.map((country) => country.continent)).size).toBe(6);
    expect(large.countryByMcc.get(250)?.name).toEqual({ zh: '俄罗斯', en: 'Russia' });
  });
});

describe('a sandbox with the large catalog', () => {
  const call = async (sandbox: ReturnType<typeof createSandbox>, path: string, body: object) => {
    const answer = await sandbox.handle({
      method: 'POST',
      path,
      headers: { 'accept-language': 'en-US' },
      bodyText: JSON.stringify(body),
    });
    return JSON.parse(answerText(answer).text) as { code: number; data: unknown };
  };

  it('lists 200 countries, about 50 packages for a country, and keeps its size across a reset', async () => {
    const sandbox = createSandbox({ catalogSize: 'large' });
    const countries = await call(sandbox, '/package/countryPackageList', { partnerCode: '1000000005', type: 1 });
    expect(countries.code).toBe(0);
    expect(countries.data).toHaveLength(200);
    const japan = await call(sandbox, '/v1.1/package/packageList', { partnerCode: '1000000005', countryCode: 440, type: 2 });
    expect(japan.code).toBe(0);
    expect((japan.data as unknown[]).length).toBeGreaterThanOrEqual(48);
    sandbox.control.reset();
    expect(sandbox.catalog.packages).toHaveLength(10_000);
    expect(createSandbox().catalog.packages).toHaveLength(standard.packages.length);
  });
});
