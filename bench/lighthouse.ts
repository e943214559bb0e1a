/** Lighthouse 12 on Debian's Chromium, mobile and desktop presets, median scores over a few runs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median } from '@/bench/lib/stats';
import type { LighthouseMetrics, LighthousePreset, LighthouseRow, LighthouseScores, Page } from '@/bench/lib/results';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type LighthouseTarget = { page: Page; url: string; headers?: Record<string, string> };

export type Lhr = {
  requestedUrl?: string;
  finalDisplayedUrl?: string;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>;
  runtimeError?: { message: string };
};

/** A category's score over its scored audits, leaving some out (Lighthouse's own weighted mean). */
function scoreWithout(lhr: Lhr, category: string, leftOut: readonly string[]): number {
  let weighted = 0;
  let weights = 0;
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (leftOut.includes(ref.id) || !audit || audit.score === null || ref.weight === 0) continue;
    weighted += ref.weight * audit.score;
    weights += ref.weight;
  }
  return weights === 0 ? 0 : Math.round((weighted / weights) * 100);
}

function scoresOf(lhr: Lhr): LighthouseScores {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    seoWithoutCrawlable: scoreWithout(lhr, 'seo', ['is-crawlable']),
  };
}

function metricsOf(lhr: Lhr): LighthouseMetrics {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return { fcp: value('first-contentful-paint'), lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time') };
}

/** Audits with weight in a category that did not get full marks: what to fix. */
function failingAudits(lhr: Lhr): string[] {
  const failing = new Set<string>();
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(ref.id);
    }
  }
  return [...failing].sort();
}

export async function startChrome(port: number): Promise<LaunchedChrome> {
  return launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    port,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      // The network here is closed: Chromium must not try Google's hosts.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
}

/** A Lighthouse run that fails on a busy machine (a trace without navigation start) is tried again, twice at most. */
const ATTEMPTS = 3;

async function auditOnce(chrome: LaunchedChrome, target: LighthouseTarget, preset: LighthousePreset): Promise<Lhr> {
  let problem = 'no result';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const result = await lighthouse(
      target.url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        ...(target.headers ? { extraHeaders: target.headers } : {}),
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr as unknown as Lhr | undefined;
    if (lhr && !lhr.runtimeError) return lhr;
    problem = lhr?.runtimeError?.message ?? 'no result';
  }
  throw new Error(`Lighthouse failed ${ATTEMPTS} times on ${target.url}: ${problem}`);
}

/** Keeps the last report of each page and preset, to see what an audit found. */
function keepReport(directory: string, target: LighthouseTarget, preset: LighthousePreset, lhr: Lhr) {
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, `${target.page}-${preset}.json`), JSON.stringify(lhr));
}

/** One page's median scores over its runs, and what its last run found to fix. */
function rowOf(target: LighthouseTarget, preset: LighthousePreset, all: LighthouseScores[], timings: LighthouseMetrics[], failing: string[]): LighthouseRow {
  const middle = (key: Exclude<keyof LighthouseScores, 'seoWithoutCrawlable'>) => Math.round(median(all.map((scores) => scores[key])));
  const middleMs = (key: keyof LighthouseMetrics) => Math.round(median(timings.map((metrics) => metrics[key])));
  return {
    page: target.page,
    preset,
    runs: all.length,
    performanceRuns: all.map((scores) => scores.performance),
    tbtRuns: timings.map((metrics) => Math.round(metrics.tbt)),
    metrics: { fcp: middleMs('fcp'), lcp: middleMs('lcp'), tbt: middleMs('tbt') },
    scores: {
      performance: middle('performance'),
      accessibility: middle('accessibility'),
      bestPractices: middle('bestPractices'),
      seo: middle('seo'),
      seoWithoutCrawlable: Math.round(median(all.map((scores) => scores.seoWithoutCrawlable ?? scores.seo))),
    },
    failing,
  };
}

/**
 * `runs` rounds over all the pages, each round visiting every page once: a page and the bare page
 * it is held to are measured across the same minutes, so a busy spell on the machine falls on all
 * of them alike instead of on the one page measured then. A page whose audit fails (after its
 * retries) leaves the rounds with no row, and is named in `problems`; the others go on.
 */
export async function runLighthouseRounds(
  chrome: LaunchedChrome,
  targets: LighthouseTarget[],
  preset: LighthousePreset,
  runs: number,
  reportDirectory: string,
  onRound: (round: number) => void = () => {},
  // One audit, with its retries; a stand-in in the unit test.
  audit: (chrome: LaunchedChrome, target: LighthouseTarget, preset: LighthousePreset) => Promise<Lhr> = auditOnce,
): Promise<{ rows: LighthouseRow[]; problems: string[] }> {
  const scores = targets.map(() => [] as LighthouseScores[]);
  const timings = targets.map(() => [] as LighthouseMetrics[]);
  const failing = targets.map(() => [] as string[]);
  const problems = new Map<number, string>();
  for (let round = 0; round < runs; round += 1) {
    for (const [index, target] of targets.entries()) {
      if (problems.has(index)) continue;
      try {
        const lhr = await audit(chrome, target, preset);
        // A redirect (a session not sent, sign-in instead) would score another page.
        const landed = new URL(lhr.finalDisplayedUrl ?? target.url).pathname;
        if (landed !== new URL(target.url).pathname) throw new Error(`Lighthouse on ${target.url} ended at ${lhr.finalDisplayedUrl}`);
        scores[index]!.push(scoresOf(lhr));
        timings[index]!.push(metricsOf(lhr));
        failing[index] = failingAudits(lhr);
        keepReport(reportDirectory, target, preset, lhr);
      } catch (error) {
        problems.set(index, `Lighthouse ${preset} ${target.page}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    onRound(round);
  }
  return {
    rows: targets.flatMap((target, index) => (problems.has(index) ? [] : [rowOf(target, preset, scores[index]!, timings[index]!, failing[index]!)])),
    problems: [...problems.values()],
  };
}
