import { CUSTOMER_ROUTES, LOADED_ROUTES, PRIVATE_ROUTES, type BenchResults, type ThroughputRow } from '@/bench/lib/results';
import { median } from '@/bench/lib/stats';

/** One budget checked against one page or measurement (the budgets are listed in docs/benchmark.md). */
export type BudgetCheck = { budget: string; subject: string; limit: string; actual: string; pass: boolean };

export const BUDGETS = {
  jsRatio: 1.3,
  lighthousePerformanceGap: 3,
  accessibility: 100,
  bestPractices: 95,
  seo: 90,
  preOrderExtraMs: 20,
  throughputRatio: 0.5,
  scaleRatio: 1.5,
  /** "Instant": a tenth of a second, the classic limit for feeling that the system reacted at once. */
  searchMs: 100,
  /** A page that shipped the whole catalog would link thousands; a country's own list is about 60. */
  packageLinks: 100,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * A page's figures and its baseline's, paired round by round (each pair shares the machine's state
 * of those minutes), or undefined when they were not measured in the same rounds.
 */
function pairedRounds(page: readonly number[] | undefined, base: readonly number[] | undefined): [number, number][] | undefined {
  if (!page || !base || page.length !== base.length || page.length < 2) return undefined;
  return page.map((value, round) => [value, base[round]!]);
}

/**
 * A page's requests per second over a baseline's: the median of the rounds' ratios when both were
 * measured in the same rounds, else the ratio of the two figures.
 */
export function throughputRatio(row: Pick<ThroughputRow, 'rps' | 'roundsRps'>, base: Pick<ThroughputRow, 'rps' | 'roundsRps'>): number {
  const pairs = pairedRounds(row.roundsRps, base.roundsRps);
  return pairs ? median(pairs.map(([rps, baseRps]) => rps / baseRps)) : row.rps / base.rps;
}

function find<T extends { page: string }>(rows: readonly T[], page: string): T | undefined {
  return rows.find((row) => row.page === page);
}

/** Every budget the run can be held to; a missing measurement is a failed check, never a silent pass. */
export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const missing = (budget: string, subject: string, limit: string) =>
    checks.push({ budget, subject, limit, actual: 'not measured', pass: false });

  const bareJs = find(results.js, 'bare');
  for (const route of CUSTOMER_ROUTES) {
    const row = find(results.js, route);
    const limit = bareJs ? `≤ ${kb(bareJs.gzipBytes * BUDGETS.jsRatio)}` : `≤ ${BUDGETS.jsRatio} × bare`;
    if (!row || !bareJs) missing('JS per route (gzip)', route, limit);
    else {
      const ratio = row.gzipBytes / bareJs.gzipBytes;
      checks.push({ budget: 'JS per route (gzip)', subject: route, limit, actual: `${kb(row.gzipBytes)} (${ratio.toFixed(2)} ×)`, pass: ratio <= BUDGETS.jsRatio });
    }
  }

  const bareLh = results.lighthouse.find((row) => row.page === 'bare' && row.preset === 'mobile');
  // Context, not the budget: in how many rounds the page was within the gap of the bare page's run
  // of the same round (a round visits every page in a few minutes).
  const roundsWithinGap = (page: number[] | undefined, bare: number[] | undefined) => {
    const pairs = pairedRounds(page, bare);
    if (!pairs) return '';
    const within = pairs.filter(([score, bareScore]) => score >= bareScore - BUDGETS.lighthousePerformanceGap).length;
    return ` (within ${BUDGETS.lighthousePerformanceGap} of the bare page in ${within} of ${pairs.length} rounds)`;
  };
  for (const route of CUSTOMER_ROUTES) {
    const row = results.lighthouse.find((candidate) => candidate.page === route && candidate.preset === 'mobile');
    const perfLimit = bareLh ? `≥ ${bareLh.scores.performance - BUDGETS.lighthousePerformanceGap}` : `bare − ${BUDGETS.lighthousePerformanceGap}`;
    if (!row || !bareLh) {
      missing('Lighthouse mobile performance', route, perfLimit);
      continue;
    }
    const { scores } = row;
    // A private page is noindex on purpose; it is held to the SEO budget on every other audit.
    const seo = PRIVATE_ROUTES.includes(route) && scores.seoWithoutCrawlable !== undefined
      ? { value: scores.seoWithoutCrawlable, limit: `≥ ${BUDGETS.seo} without is-crawlable (noindex on purpose)`, shown: `${scores.seoWithoutCrawlable} (${scores.seo} with it)` }
      : { value: scores.seo, limit: `≥ ${BUDGETS.seo}`, shown: String(scores.seo) };
    checks.push(
      {
        budget: 'Lighthouse mobile performance',
        subject: route,
        limit: perfLimit,
        actual: `${scores.performance}${roundsWithinGap(row.performanceRuns, bareLh.performanceRuns)}`,
        pass: scores.performance >= bareLh.scores.performance - BUDGETS.lighthousePerformanceGap,
      },
      { budget: 'Lighthouse mobile accessibility', subject: route, limit: `= ${BUDGETS.accessibility}`, actual: String(scores.accessibility), pass: scores.accessibility >= BUDGETS.accessibility },
      { budget: 'Lighthouse mobile best practices', subject: route, limit: `≥ ${BUDGETS.bestPractices}`, actual: String(scores.bestPractices), pass: scores.bestPractices >= BUDGETS.bestPractices },
      { budget: 'Lighthouse mobile SEO', subject: route, limit: seo.limit, actual: seo.shown, pass: seo.value >= BUDGETS.seo },
    );
  }

  const { shop, direct } = results.preOrder;
  if (shop.n === 0 || direct.n === 0) missing('Pre-order p50 over the direct call', 'order form', `≤ direct + ${BUDGETS.preOrderExtraMs} ms`);
  else checks.push({
    budget: 'Pre-order p50 over the direct call',
    subject: 'order form',
    limit: `≤ ${ms(direct.p50 + BUDGETS.preOrderExtraMs)}`,
    actual:
      `${ms(shop.p50)} (+${ms(shop.p50 - direct.p50)}` +
      // The same round trip on a bare Next.js page: context, not the budget.
      `${results.preOrder.bare.n > 0 ? `; the bare page's form ${ms(results.preOrder.bare.p50)}` : ''})`,
    pass: shop.p50 - direct.p50 <= BUDGETS.preOrderExtraMs,
  });

  const bareRps = find(results.throughput, 'bare');
  const bareDynamicRps = find(results.throughput, 'bareDynamic');
  const bareListRps = find(results.throughput, 'bareList');
  for (const route of LOADED_ROUTES) {
    const row = find(results.throughput, route);
    const limit = `≥ ${BUDGETS.throughputRatio} × the bare page${bareRps ? ` (${bareRps.rps.toFixed(0)} req/s)` : ''}`;
    if (!row || !bareRps) missing('Throughput', route, limit);
    else {
      const clean = row.non2xx === 0 && row.errors === 0;
      const ratio = throughputRatio(row, bareRps);
      checks.push({
        budget: 'Throughput',
        subject: route,
        limit,
        actual:
          `${row.rps.toFixed(0)} req/s (${ratio.toFixed(2)} ×` +
          // The bare page rendered per request, as every shop page is: context, not the budget.
          `${bareDynamicRps ? `; ${throughputRatio(row, bareDynamicRps).toFixed(2)} × per request` : ''}` +
          // A bare page carrying a home-sized document: how much of the gap is the document's size.
          `${bareListRps ? `; ${throughputRatio(row, bareListRps).toFixed(2)} × the bare list` : ''})` +
          `${clean ? '' : `, ${row.non2xx} non-2xx, ${row.errors} errors`}`,
        pass: clean && ratio >= BUDGETS.throughputRatio,
      });
    }
  }

  for (const row of results.scale) {
    const ratio = row.largeMs / row.defaultMs;
    checks.push(
      { budget: 'Time with 10,000 packages', subject: row.page, limit: `≤ ${BUDGETS.scaleRatio} × ${ms(row.defaultMs)}`, actual: `${ms(row.largeMs)} (${ratio.toFixed(2)} ×)`, pass: ratio <= BUDGETS.scaleRatio },
      { budget: 'Packages shipped with 10,000 packages', subject: row.page, limit: `≤ ${BUDGETS.packageLinks}`, actual: String(row.largePackageLinks), pass: row.largePackageLinks <= BUDGETS.packageLinks },
    );
  }
  if (results.scale.length === 0) missing('Time with 10,000 packages', 'pages', `≤ ${BUDGETS.scaleRatio} ×`);
  const largeSearch = results.search.find((row) => row.catalog === 'large');
  if (!largeSearch) missing('Search with 10,000 packages', 'home', `≤ ${BUDGETS.searchMs} ms`);
  else checks.push({ budget: 'Search with 10,000 packages', subject: 'home', limit: `≤ ${BUDGETS.searchMs} ms`, actual: ms(largeSearch.ms), pass: largeSearch.ms <= BUDGETS.searchMs });
  return checks;
}
