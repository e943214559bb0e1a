import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LaunchedChrome } from 'chrome-launcher';
import { afterEach, describe, expect, it } from 'vitest';
import { runLighthouseRounds, type LighthouseTarget, type Lhr } from '@/bench/lighthouse';

const TARGETS: LighthouseTarget[] = [
  { page: 'bare', url: 'http://127.0.0.1:3131/' },
  { page: 'home', url: 'http://127.0.0.1:3130/' },
  { page: 'order', url: 'http://127.0.0.1:3130/orders/abc' },
];

/** A report whose four categories all score `score`, from a page that ended where it was asked for. */
function report(url: string, score: number): Lhr {
  const category = { score, auditRefs: [] };
  // Timings that follow the score, so each run's can be told apart in the medians.
  const timing = (ms: number) => ({ score: null, scoreDisplayMode: 'numeric', numericValue: ms * (2 - score) });
  return {
    finalDisplayedUrl: url,
    categories: { performance: category, accessibility: category, 'best-practices': category, seo: category },
    audits: { 'first-contentful-paint': timing(500), 'largest-contentful-paint': timing(1000), 'total-blocking-time': timing(100) },
  };
}

const chrome = {} as LaunchedChrome;
let directory = '';
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('runLighthouseRounds', () => {
  it('takes the median of each page over the rounds, visiting every page once per round', async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'lighthouse-rounds-'));
    const visits: string[] = [];
    const scores = [0.9, 0.5, 0.7];
    let call = 0;
    const { rows, problems } = await runLighthouseRounds(chrome, TARGETS, 'mobile', 3, directory, undefined, async (_, target) => {
      visits.push(target.page);
      return report(target.url, scores[Math.floor(call++ / TARGETS.length)]!);
    });
    expect(visits).toEqual(['bare', 'home', 'order', 'bare', 'home', 'order', 'bare', 'home', 'order']);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.page, row.runs, row.scores.performance])).toEqual([
      ['bare', 3, 70],
      ['home', 3, 70],
      ['order', 3, 70],
    ]);
    // Each round's score, in order, and the median timings (those of the 0.7 round).
    expect(rows[1]?.performanceRuns).toEqual([90, 50, 70]);
    expect(rows[1]?.metrics).toEqual({ fcp: 650, lcp: 1300, tbt: 130 });
    // Each round's total blocking time too, for the budget's pairs: 100 × (2 − score).
    expect(rows[1]?.tbtRuns).toEqual([110, 150, 130]);
    expect(readdirSync(directory).sort()).toEqual(['bare-mobile.json', 'home-mobile.json', 'order-mobile.json']);
  });

  it('drops a page whose audit fails, or that ends on another address, names it, and keeps the others', async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'lighthouse-rounds-'));
    const visits: string[] = [];
    let homeVisits = 0;
    const { rows, problems } = await runLighthouseRounds(chrome, TARGETS, 'desktop', 3, directory, undefined, async (_, target) => {
      visits.push(target.page);
      if (target.page === 'home' && ++homeVisits === 2) throw new Error('Lighthouse failed 3 times on http://127.0.0.1:3130/: NO_FCP\nstack');
      // A session not sent: the order page sends the browser to sign in.
      if (target.page === 'order') return report('http://127.0.0.1:3130/sign-in', 1);
      return report(target.url, 0.96);
    });
    // After its failure, home is not visited again; the order page fails on its first round.
    expect(visits).toEqual(['bare', 'home', 'order', 'bare', 'home', 'bare']);
    expect(rows.map((row) => [row.page, row.runs])).toEqual([['bare', 3]]);
    // In the order they failed, each on its first line.
    expect(problems).toEqual([
      'Lighthouse desktop order: Lighthouse on http://127.0.0.1:3130/orders/abc ended at http://127.0.0.1:3130/sign-in',
      'Lighthouse desktop home: Lighthouse failed 3 times on http://127.0.0.1:3130/: NO_FCP',
    ]);
  });
});
