import type { BenchResults, LighthouseScores } from '@/bench/lib/results';

const perfect: LighthouseScores = { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 };

/** A run that meets every budget, for the tests of the budgets and the report to break one thing at a time. */
export function sampleResults(): BenchResults {
  return {
    machine: {
      date: '2026-11-26T20:00:00.000Z',
      cpu: 'Test CPU',
      cores: 2,
      memoryGb: 24,
      os: 'Linux 6',
      node: 'v20.19.0',
      next: '16.4.6',
      chromium: 'Chromium 140',
      loadBefore: [1, 1, 1],
      loadAfter: [2, 2, 2],
      note: 'busy',
    },
    settings: { quick: false, latencyMs: 100, orders: 50, throughputSeconds: 10, connections: 10, lighthouseRuns: 5 },
    durationSeconds: 600,
    js: [
      { page: 'bare', scripts: 6, rawBytes: 480_000, gzipBytes: 140_000, brotliBytes: 120_000 },
      ...(['home', 'country', 'package', 'order', 'myEsims'] as const).map((page) => ({
        page,
        scripts: 8,
        rawBytes: 520_000,
        gzipBytes: 150_000,
        brotliBytes: 130_000,
      })),
    ],
    lighthouse: (['bare', 'home', 'country', 'package', 'order', 'myEsims'] as const).flatMap((page) =>
      (['mobile', 'desktop'] as const).map((preset) => ({
        page,
        preset,
        runs: 5,
        scores: { ...perfect },
        performanceRuns: [100, 99, 100, 98, 100],
        // Pages block for 1.2 × the bare page's median (100 ms), within the budget's 1.5 ×.
        metrics: { fcp: 700, lcp: 900, tbt: page === 'bare' ? 100 : 120 },
        tbtRuns: page === 'bare' ? [100, 110, 120, 90, 100] : [120, 130, 110, 140, 120],
        failing: [],
      })),
    ),
    preOrder: {
      shop: { n: 50, p50: 115, p99: 160, mean: 118 },
      shopServer: { n: 50, p50: 108, p99: 140, mean: 110 },
      bare: { n: 50, p50: 112, p99: 150, mean: 114 },
      bareServer: { n: 50, p50: 106, p99: 135, mean: 108 },
      direct: { n: 50, p50: 104, p99: 130, mean: 106 },
    },
    throughput: [
      { page: 'bare', connections: 10, seconds: 10, rps: 1000, bytesPerAnswer: 5_300, p50: 9, p99: 20, non2xx: 0, errors: 0 },
      { page: 'bareDynamic', connections: 10, seconds: 10, rps: 800, bytesPerAnswer: 5_400, p50: 12, p99: 25, non2xx: 0, errors: 0 },
      { page: 'bareList', connections: 10, seconds: 10, rps: 640, bytesPerAnswer: 51_200, p50: 13, p99: 30, non2xx: 0, errors: 0 },
      { page: 'home', connections: 10, seconds: 10, rps: 600, bytesPerAnswer: 64_000, p50: 15, p99: 40, non2xx: 0, errors: 0 },
      { page: 'country', connections: 10, seconds: 10, rps: 700, bytesPerAnswer: 47_000, p50: 14, p99: 35, non2xx: 0, errors: 0 },
      { page: 'package', connections: 10, seconds: 10, rps: 650, bytesPerAnswer: 34_000, p50: 15, p99: 38, non2xx: 0, errors: 0 },
    ],
    scale: [
      { page: 'home', defaultMs: 20, largeMs: 26, defaultBytes: 12_000, largeBytes: 20_000, largePackageLinks: 0 },
      { page: 'country', defaultMs: 15, largeMs: 20, defaultBytes: 9_000, largeBytes: 14_000, largePackageLinks: 62 },
    ],
    search: [
      { catalog: 'default', destinations: 94, ms: 20 },
      { catalog: 'large', destinations: 200, ms: 30 },
    ],
    problems: [],
    coldHome: [
      { catalog: 'default', ms: 1500 },
      { catalog: 'large', ms: 3200 },
    ],
  };
}

/** The same results as a run recorded before each Lighthouse round's total blocking time was kept. */
export function withoutTbtRuns(results: BenchResults): BenchResults {
  const lighthouse = results.lighthouse.map((row) => {
    const old = { ...row };
    delete old.tbtRuns;
    return old;
  });
  return { ...results, lighthouse };
}
