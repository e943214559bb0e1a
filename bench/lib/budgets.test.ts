import { describe, expect, it } from 'vitest';

import { checkBudgets } from '@/bench/lib/budgets';
import { sampleResults } from '@/bench/lib/sample-results';

const failed = (results: ReturnType<typeof sampleResults>) =>
  checkBudgets(results)
    .filter((check) => !check.pass)
    .map((check) => `${check.budget}: ${check.subject}`);

describe('benchmark budgets', () => {
  it('passes a run within every budget, with one check per route and budget', () => {
    const checks = checkBudgets(sampleResults());
    expect(checks.filter((check) => !check.pass)).toEqual([]);
    // 5 JS + 5 × 4 Lighthouse + 1 pre-order + 3 throughput + 2 × 2 scale + 1 search.
    expect(checks).toHaveLength(34);
  });

  it("says in how many rounds a page's performance was within 3 of the bare page's run of that round", () => {
    const results = sampleResults();
    results.lighthouse = results.lighthouse.map((row) => {
      if (row.preset !== 'mobile') return row;
      if (row.page === 'bare') return { ...row, performanceRuns: [98, 96, 99] };
      if (row.page === 'home') return { ...row, performanceRuns: [95, 92, 97] };
      return row;
    });
    const actual = (route: string) => checkBudgets(results).find((check) => check.budget === 'Lighthouse mobile performance' && check.subject === route)?.actual;
    // 95 ≥ 98 − 3 and 97 ≥ 99 − 3, but 92 < 96 − 3.
    expect(actual('home')).toBe('100 (within 3 of the bare page in 2 of 3 rounds)');
    expect(actual('country')).toBe('100 (within 3 of the bare page in 3 of 3 rounds)');
    results.lighthouse = results.lighthouse.map((row) => ({ ...row, performanceRuns: undefined }));
    expect(actual('home')).toBe('100');
  });

  it("takes the throughput ratio round by round when both pages were measured in the same rounds", () => {
    const results = sampleResults();
    // Medians 600 against 1000 (0.60), but the page ran at under half the bare page's rate in two of three rounds.
    results.throughput = results.throughput.map((row) =>
      row.page === 'bare' ? { ...row, rps: 1000, roundsRps: [1000, 1400, 600] } : row.page === 'home' ? { ...row, rps: 600, roundsRps: [450, 600, 650] } : row,
    );
    expect(failed(results)).toEqual(['Throughput: home']);
    const home = checkBudgets(results).find((check) => check.budget === 'Throughput' && check.subject === 'home');
    expect(home?.actual).toMatch(/^600 req\/s \(0\.45 ×/);
    // Rounds that do not pair up fall back to the ratio of the medians.
    results.throughput = results.throughput.map((row) => (row.page === 'home' ? { ...row, roundsRps: [450, 600] } : row));
    expect(failed(results)).toEqual([]);
  });

  it('fails a route shipping more than 1.3 times the bare page', () => {
    const results = sampleResults();
    results.js = results.js.map((row) => (row.page === 'home' ? { ...row, gzipBytes: 140_000 * 1.31 } : row));
    expect(failed(results)).toEqual(['JS per route (gzip): home']);
  });

  it('holds Lighthouse mobile to the bare page minus 3, accessibility 100, best practices 95, SEO 90', () => {
    const results = sampleResults();
    results.lighthouse = results.lighthouse.map((row) => {
      if (row.preset !== 'mobile') return { ...row, scores: { ...row.scores, performance: 10 } };
      if (row.page === 'home') return { ...row, scores: { ...row.scores, performance: 97 } };
      if (row.page === 'country') return { ...row, scores: { ...row.scores, performance: 96, accessibility: 99 } };
      if (row.page === 'order') return { ...row, scores: { ...row.scores, bestPractices: 94, seo: 89 } };
      return row;
    });
    expect(failed(results)).toEqual([
      'Lighthouse mobile performance: country',
      'Lighthouse mobile accessibility: country',
      'Lighthouse mobile best practices: order',
      'Lighthouse mobile SEO: order',
    ]);
  });

  it('holds a private (noindex) page to SEO without is-crawlable, a public one with it', () => {
    const results = sampleResults();
    results.lighthouse = results.lighthouse.map((row) =>
      row.preset === 'mobile' && (row.page === 'order' || row.page === 'home')
        ? { ...row, scores: { ...row.scores, seo: 60, seoWithoutCrawlable: 100 } }
        : row,
    );
    expect(failed(results)).toEqual(['Lighthouse mobile SEO: home']);
    const order = checkBudgets(results).find((check) => check.budget === 'Lighthouse mobile SEO' && check.subject === 'order');
    expect(order).toMatchObject({ pass: true, actual: '100 (60 with it)' });
    results.lighthouse = results.lighthouse.map((row) =>
      row.page === 'order' ? { ...row, scores: { ...row.scores, seoWithoutCrawlable: 89 } } : row,
    );
    expect(failed(results)).toContain('Lighthouse mobile SEO: order');
  });

  it('allows the pre-order 20 ms over the direct call, no more', () => {
    const results = sampleResults();
    results.preOrder.shop.p50 = results.preOrder.direct.p50 + 20;
    expect(failed(results)).toEqual([]);
    results.preOrder.shop.p50 += 1;
    expect(failed(results)).toEqual(['Pre-order p50 over the direct call: order form']);
  });

  it('wants half the bare page’s requests per second, and no errors', () => {
    const results = sampleResults();
    results.throughput = results.throughput.map((row) => {
      if (row.page === 'home') return { ...row, rps: 499 };
      if (row.page === 'country') return { ...row, non2xx: 3 };
      return row;
    });
    expect(failed(results)).toEqual(['Throughput: home', 'Throughput: country']);
  });

  it('holds pages at scale to 1.5 times their default time and a country’s own packages, search to 100 ms', () => {
    const results = sampleResults();
    results.scale = results.scale.map((row) => (row.page === 'home' ? { ...row, largeMs: 31 } : { ...row, largePackageLinks: 10_000 }));
    results.search = results.search.map((row) => ({ ...row, ms: 101 }));
    expect(failed(results)).toEqual([
      'Time with 10,000 packages: home',
      'Packages shipped with 10,000 packages: country',
      'Search with 10,000 packages: home',
    ]);
  });

  it('counts a measurement that is missing as a failure', () => {
    const results = sampleResults();
    results.js = results.js.filter((row) => row.page !== 'bare');
    results.throughput = results.throughput.filter((row) => row.page !== 'package');
    results.search = [];
    const none = { n: 0, p50: 0, p99: 0, mean: 0 };
    results.preOrder = { shop: none, shopServer: none, bare: none, bareServer: none, direct: none };
    const checks = checkBudgets(results).filter((check) => !check.pass);
    expect(checks.map((check) => check.actual)).toEqual(Array(8).fill('not measured'));
  });
});
