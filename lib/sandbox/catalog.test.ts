import { describe, expect, it } from 'vitest';

import { buildCatalog, EUROPE_33, EXAMPLE_PACKAGE, SANDBOX_COUNTRIES, SANDBOX_CURRENCIES } from '@/lib/sandbox/catalog';
import type { SandboxPackage } from '@/lib/sandbox/types';

const catalog = buildCatalog('esim-qr-mall');
const { packages } = catalog;

/** Real MCCs (ITU-T E.212) of countries the catalog must carry. */
const KNOWN_MCC: Record<string, number> = {
  CN: 460, HK: 454, MO: 455, TW: 466, JP: 440, KR: 450, SG: 525, MY: 502, TH: 520, VN: 452, ID: 510,
  PH: 515, IN: 404, US: 310, CA: 302, MX: 334, GB: 234, DE: 262, FR: 208, IT: 222, ES: 214, CH: 228,
  NL: 204, AU: 505, NZ: 530, AE: 424, TR: 286, EG: 602, ZA: 655, BR: 724, GR: 202, BE: 206, AT: 232,
  PT: 268, IE: 272, SE: 240, NO: 242, DK: 238, FI: 244, PL: 260, AR: 722, CL: 730, MA: 604, KE: 639,
};

const isLocal = (item: SandboxPackage) => item.cover.length === 1;

describe('catalog countries', () => {
  it('has at least 30 countries on at least 5 continents, with unique MCCs and ISO2 codes', () => {
    expect(SANDBOX_COUNTRIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SANDBOX_COUNTRIES.map((country) => country.continent)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(SANDBOX_COUNTRIES.map((country) => country.mcc)).size).toBe(SANDBOX_COUNTRIES.length);
    expect(new Set(SANDBOX_COUNTRIES.map((country) => country.iso2)).size).toBe(SANDBOX_COUNTRIES.length);
  });

  it('uses the real MCCs', () => {
    for (const [iso2, mcc] of Object.entries(KNOWN_MCC)) {
      expect(SANDBOX_COUNTRIES.find((country) => country.iso2 === iso2)?.mcc, iso2).toBe(mcc);
    }
  });

  it('names every country in Chinese and English', () => {
    for (const country of SANDBOX_COUNTRIES) {
      expect(country.name.zh).toMatch(/\p{Script=Han}/u);
      expect(country.name.en).toMatch(/^[A-Z][A-Za-z .&-]+$/);
      expect(country.isoName).toBe(country.name.en);
      expect(country.iso2).toMatch(/^[A-Z]{2}$/);
      expect(['Asia', 'Europe', 'North America', 'South America', 'Oceania', 'Africa']).toContain(country.continent);
    }
    expect(catalog.countryByMcc.get(440)?.name).toEqual({ zh: '日本', en: 'Japan' });
    expect(catalog.countryByMcc.get(454)?.continent).toBe('Asia');
    expect(catalog.countryByMcc.get(724)?.continent).toBe('South America');
  });
});

describe('catalog packages', () => {
  it('has at least 90 packages with unique ids and LP-style codes', () => {
    expect(packages.length).toBeGreaterThanOrEqual(90);
    expect(new Set(packages.map((item) => item.id)).size).toBe(packages.length);
    expect(new Set(packages.map((item) => item.code)).size).toBe(packages.length);
    for (const item of packages) {
      expect(item.code).toMatch(/^LP2022\d{10}$/);
      expect(Number.isSafeInteger(item.id)).toBe(true);
    }
    expect(catalog.packageById.size).toBe(packages.length);
  });

  it('contains the documentation example package: id 1000000, LP20220325000000, USD 5, one period', () => {
    const example = catalog.packageById.get(EXAMPLE_PACKAGE.id);
    expect(example?.code).toBe('LP20220325000000');
    expect(example?.prices.find((price) => price.currency.abbr === 'USD')).toMatchObject({
      currency: { id: 2 },
      minor: 500,
    });
    expect(example).toMatchObject({ minPeriod: 1, maxPeriod: 1 });
    expect(example?.cover).toEqual([502, 520]);
  });

  it('has local, regional and global packages', () => {
    expect(packages.filter(isLocal).length).toBeGreaterThanOrEqual(30);
    expect(packages.filter((item) => item.kind === 'regional').length).toBeGreaterThanOrEqual(10);
    const global = packages.filter((item) => item.kind === 'global');
    expect(global.length).toBeGreaterThanOrEqual(1);
    for (const item of global) expect(item.cover.length).toBe(SANDBOX_COUNTRIES.length);
    for (const item of packages.filter(isLocal)) expect(item.kind).toBe('local');
  });

  it('has a Europe package over 30+ European countries of the catalog', () => {
    expect(EUROPE_33.length).toBeGreaterThanOrEqual(30);
    const europe = packages.filter((item) => item.showName.en.startsWith('Europe 33'));
    expect(europe.length).toBeGreaterThanOrEqual(3);
    for (const item of europe) {
      expect(item.cover.length).toBeGreaterThanOrEqual(30);
      for (const mcc of item.cover) expect(catalog.countryByMcc.get(mcc)?.continent).toBe('Europe');
    }
  });

  it('covers only catalog countries, without duplicates', () => {
    for (const item of packages) {
      expect(item.cover.length).toBeGreaterThan(0);
      expect(new Set(item.cover).size).toBe(item.cover.length);
      for (const mcc of item.cover) expect(catalog.countryByMcc.has(mcc), `${item.id} covers ${mcc}`).toBe(true);
    }
  });

  it('offers unlimited and the fixed volumes in MB', () => {
    const flows = new Set(packages.map((item) => item.flowMb));
    for (const flow of [-1, 500, 1024, 3072, 5120, 10240, 20480]) expect(flows.has(flow), String(flow)).toBe(true);
    for (const flow of flows) expect([-1, 500, 1024, 3072, 5120, 10240, 20480]).toContain(flow);
  });

  it('has periods of 1 to 30 days, mostly one period, some ranges 1..10 and 1..30', () => {
    for (const item of packages) {
      expect(item.period).toBeGreaterThanOrEqual(1);
      expect(item.period).toBeLessThanOrEqual(30);
      expect(item.minPeriod).toBeGreaterThanOrEqual(1);
      expect(item.maxPeriod).toBeGreaterThanOrEqual(item.minPeriod);
      expect(item.buyType).toBe(item.maxPeriod > 1 ? 2 : 1);
    }
    const single = packages.filter((item) => item.minPeriod === 1 && item.maxPeriod === 1);
    expect(single.length).toBeGreaterThan(packages.length / 2);
    expect(packages.some((item) => item.maxPeriod === 10)).toBe(true);
    expect(packages.some((item) => item.maxPeriod === 30)).toBe(true);
    expect(new Set(packages.map((item) => item.period)).size).toBeGreaterThanOrEqual(3);
  });

  it('names and describes every package in Chinese and English', () => {
    for (const item of packages) {
      for (const text of [item.showName, item.shortDesc, item.desc]) {
        expect(text.zh).toMatch(/\p{Script=Han}/u);
        expect(text.en).not.toMatch(/\p{Script=Han}/u);
        expect(text.en.length).toBeGreaterThan(3);
      }
    }
  });

  it('has a relative logo or none, never a remote URL, and the informational fields', () => {
    for (const item of packages) {
      expect(item.logo).not.toMatch(/^[a-z]+:|^\/\//i);
      expect([1, 2, 3]).toContain(item.packageType);
      expect(item.priceType).toBe(1);
      expect(Number.isInteger(item.saleCount)).toBe(true);
      expect(item.updateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    }
  });
});

describe('catalog prices', () => {
  it('uses at least 6 currencies, USD as id 2, JPY without decimals, unique ids', () => {
    const used = new Set(packages.flatMap((item) => item.prices.map((price) => price.currency.abbr)));
    expect(used.size).toBeGreaterThanOrEqual(6);
    expect(SANDBOX_CURRENCIES.USD).toMatchObject({ id: 2, digits: 2, symbol: '$' });
    expect(SANDBOX_CURRENCIES.JPY.digits).toBe(0);
    const ids = Object.values(SANDBOX_CURRENCIES).map((currency) => currency.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prices every package in USD, some only in USD and CNY, some in all currencies', () => {
    for (const item of packages) {
      const abbrs = item.prices.map((price) => price.currency.abbr);
      expect(abbrs).toContain('USD');
      expect(new Set(abbrs).size).toBe(abbrs.length);
    }
    const sets = packages.map((item) => item.prices.map((price) => price.currency.abbr).sort().join(','));
    expect(sets).toContain('CNY,USD');
    expect(sets).toContain('CNY,EUR,GBP,HKD,JPY,SGD,USD');
    expect(packages.some((item) => item.prices.some((p) => p.currency.abbr === 'JPY') && item.maxPeriod > 1)).toBe(true);
  });

  it('has positive integer minor-unit prices, realistic in USD and consistent across currencies', () => {
    for (const item of packages) {
      const usd = item.prices.find((price) => price.currency.abbr === 'USD');
      expect(usd).toBeDefined();
      const usdValue = (usd?.minor ?? 0) / 100;
      expect(usdValue).toBeGreaterThanOrEqual(0.99);
      expect(usdValue).toBeLessThanOrEqual(60);
      for (const price of item.prices) {
        expect(Number.isSafeInteger(price.minor)).toBe(true);
        expect(price.minor).toBeGreaterThan(0);
        const value = price.minor / 10 ** price.currency.digits;
        const seed = SANDBOX_CURRENCIES[price.currency.abbr as keyof typeof SANDBOX_CURRENCIES];
        const ratio = value / (usdValue * seed.perUsd);
        expect(ratio, `${item.id} ${price.currency.abbr}`).toBeGreaterThanOrEqual(0.99);
        expect(ratio, `${item.id} ${price.currency.abbr}`).toBeLessThan(1.35);
      }
    }
  });

  it('prices bigger volumes of the same coverage and period higher', () => {
    const japan = packages.filter((item) => item.cover.length === 1 && item.cover[0] === 440 && item.period === 30);
    const byFlow = [...japan].sort((a, b) => a.flowMb - b.flowMb).map((item) => item.prices[0]?.minor ?? 0);
    expect(byFlow.length).toBeGreaterThanOrEqual(3);
    expect([...byFlow].sort((a, b) => a - b)).toEqual(byFlow);
  });
});
