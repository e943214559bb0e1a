import {
  CUSTOMER_ROUTES,
  LOADED_ROUTES,
  PRIVATE_ROUTES,
  type BenchResults,
  type CustomerRoute,
  type LighthouseRow,
  type PreOrderResult,
  type ThroughputRow,
} from '@/bench/lib/results';
import { median } from '@/bench/lib/stats';

/** One budget checked against one page or measurement (the budgets are listed in docs/benchmark.md). */
export type BudgetCheck = { budget: string; subject: string; limit: string; actual: string; pass: boolean };

export const BUDGETS = {
  jsRatio: 1.3,
  /** Lighthouse mobile performance: a page's median within this of the empty bare page's. */
  lighthousePerformanceGap: 3,
  /** Lighthouse medians over fewer paired rounds are one busy minute away from another figure. */
  lighthouseMinRounds: 5,
  /** Lighthouse mobile total blocking time: a page's median at most this times the empty bare page's. */
  tbtRatio: 1.5,
  accessibility: 100,
  bestPractices: 95,
  seo: 90,
  /** Over the bare Next.js form making the same provider call in the same run. */
  preOrderExtraMs: 20,
  /** Against the bare page carrying the home page's list (`bareList`), round by round. */
  throughputRatio: 0.8,
  scaleRatio: 1.5,
  /** "Instant": a tenth of a second, the classic limit for feeling that the system reacted at once. */
  searchMs: 100,
  /** A page that shipped the whole catalog would link thousands; a country's own list is about 60. */
  packageLinks: 100,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const signedMs = (value: number) => `${value < 0 ? '−' : '+'}${ms(Math.abs(value))}`;
// A median of an even number of rounds may fall between two whole scores.
const score = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const rounds = (count: number) => `${count} paired round${count === 1 ? '' : 's'}`;

/**
 * A page's figures and its baseline's, paired round by round (each pair shares the machine's state
 * of those minutes), or undefined when they were not measured in the same rounds.
 */
function pairedRounds(page: readonly number[] | undefined, base: readonly number[] | undefined): [number, number][] | undefined {
  if (!page || !base || page.length !== base.length || page.length === 0) return undefined;
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

const notMeasured = (budget: string, subject: string, limit: string, actual = 'not measured'): BudgetCheck => ({ budget, subject, limit, actual, pass: false });

function jsChecks(results: BenchResults): BudgetCheck[] {
  const bare = find(results.js, 'bare');
  return CUSTOMER_ROUTES.map((route) => {
    const row = find(results.js, route);
    const limit = bare ? `≤ ${kb(bare.gzipBytes * BUDGETS.jsRatio)}` : `≤ ${BUDGETS.jsRatio} × bare`;
    if (!row || !bare) return notMeasured('JS per route (gzip)', route, limit);
    const ratio = row.gzipBytes / bare.gzipBytes;
    return { budget: 'JS per route (gzip)', subject: route, limit, actual: `${kb(row.gzipBytes)} (${ratio.toFixed(2)} ×)`, pass: ratio <= BUDGETS.jsRatio };
  });
}

/**
 * One Lighthouse figure of a page and of the bare page, over the rounds they share: both medians
 * when there are enough rounds, else the number of pairs (a run of one round must not pass).
 */
type LighthousePairs =
  | { kind: 'missing' }
  | { kind: 'few'; rounds: number }
  | { kind: 'enough'; pairs: [number, number][]; page: number; bare: number };

function lighthousePairs(page: readonly number[] | undefined, bare: readonly number[] | undefined): LighthousePairs {
  if (!page || !bare) return { kind: 'missing' };
  const pairs = pairedRounds(page, bare) ?? [];
  if (pairs.length < BUDGETS.lighthouseMinRounds) return { kind: 'few', rounds: pairs.length };
  return { kind: 'enough', pairs, page: median(pairs.map(([value]) => value)), bare: median(pairs.map(([, value]) => value)) };
}

const notEnough = (count: number) => `not measured enough: ${rounds(count)}, ${BUDGETS.lighthouseMinRounds} needed`;

function performanceCheck(route: CustomerRoute, row: LighthouseRow | undefined, bare: LighthouseRow | undefined): BudgetCheck {
  const budget = 'Lighthouse mobile performance';
  const compared = lighthousePairs(row?.performanceRuns, bare?.performanceRuns);
  const rule = `≥ the bare page's median − ${BUDGETS.lighthousePerformanceGap}, over ≥ ${BUDGETS.lighthouseMinRounds} paired rounds`;
  if (compared.kind === 'missing') return notMeasured(budget, route, rule);
  if (compared.kind === 'few') return notMeasured(budget, route, rule, notEnough(compared.rounds));
  const floor = compared.bare - BUDGETS.lighthousePerformanceGap;
  // Context, not the budget: the rounds in which the page was within the gap of the bare page's run.
  const within = compared.pairs.filter(([page, base]) => page >= base - BUDGETS.lighthousePerformanceGap).length;
  return {
    budget,
    subject: route,
    limit: `≥ ${score(floor)} (the bare page's ${score(compared.bare)} − ${BUDGETS.lighthousePerformanceGap})`,
    actual: `${score(compared.page)} (median of ${rounds(compared.pairs.length)}; within ${BUDGETS.lighthousePerformanceGap} of the bare page's run in ${within} of them)`,
    pass: compared.page >= floor,
  };
}

function blockingTimeCheck(route: CustomerRoute, row: LighthouseRow | undefined, bare: LighthouseRow | undefined): BudgetCheck {
  const budget = 'Lighthouse mobile total blocking time';
  const compared = lighthousePairs(row?.tbtRuns, bare?.tbtRuns);
  const rule = `≤ ${BUDGETS.tbtRatio} × the bare page's median, over ≥ ${BUDGETS.lighthouseMinRounds} paired rounds`;
  if (compared.kind === 'missing') return notMeasured(budget, route, rule);
  if (compared.kind === 'few') return notMeasured(budget, route, rule, notEnough(compared.rounds));
  const ceiling = compared.bare * BUDGETS.tbtRatio;
  const ratio = compared.bare > 0 ? `${(compared.page / compared.bare).toFixed(2)} ×, ` : '';
  return {
    budget,
    subject: route,
    limit: `≤ ${ms(ceiling)} (${BUDGETS.tbtRatio} × the bare page's ${ms(compared.bare)})`,
    actual: `${ms(compared.page)} (${ratio}median of ${rounds(compared.pairs.length)})`,
    pass: compared.page <= ceiling,
  };
}

function lighthouseChecks(results: BenchResults): BudgetCheck[] {
  const mobile = (page: string) => results.lighthouse.find((row) => row.page === page && row.preset === 'mobile');
  const bare = mobile('bare');
  return CUSTOMER_ROUTES.flatMap((route) => {
    const row = mobile(route);
    const timing = [performanceCheck(route, row, bare), blockingTimeCheck(route, row, bare)];
    if (!row) return timing;
    const { scores } = row;
    // A private page is noindex on purpose; it is held to the SEO budget on every other audit.
    const seo = PRIVATE_ROUTES.includes(route) && scores.seoWithoutCrawlable !== undefined
      ? { value: scores.seoWithoutCrawlable, limit: `≥ ${BUDGETS.seo} without is-crawlable (noindex on purpose)`, shown: `${scores.seoWithoutCrawlable} (${scores.seo} with it)` }
      : { value: scores.seo, limit: `≥ ${BUDGETS.seo}`, shown: String(scores.seo) };
    return [
      ...timing,
      { budget: 'Lighthouse mobile accessibility', subject: route, limit: `= ${BUDGETS.accessibility}`, actual: String(scores.accessibility), pass: scores.accessibility >= BUDGETS.accessibility },
      { budget: 'Lighthouse mobile best practices', subject: route, limit: `≥ ${BUDGETS.bestPractices}`, actual: String(scores.bestPractices), pass: scores.bestPractices >= BUDGETS.bestPractices },
      { budget: 'Lighthouse mobile SEO', subject: route, limit: seo.limit, actual: seo.shown, pass: seo.value >= BUDGETS.seo },
    ];
  });
}

function preOrderCheck({ shop, bare, direct }: PreOrderResult): BudgetCheck {
  const budget = 'Pre-order p50 over the bare form';
  if (shop.n === 0 || bare.n === 0) return notMeasured(budget, 'order form', `≤ the bare form's p50 + ${BUDGETS.preOrderExtraMs} ms`);
  return {
    budget,
    subject: 'order form',
    limit: `≤ ${ms(bare.p50 + BUDGETS.preOrderExtraMs)} (the bare form's ${ms(bare.p50)} + ${BUDGETS.preOrderExtraMs} ms)`,
    actual:
      `${ms(shop.p50)} (${signedMs(shop.p50 - bare.p50)}); p99 ${ms(shop.p99)} against the bare form's ${ms(bare.p99)}` +
      // What the provider call alone takes: context, not the budget.
      `${direct.n > 0 ? `; the direct call ${ms(direct.p50)}` : ''}`,
    pass: shop.p50 - bare.p50 <= BUDGETS.preOrderExtraMs,
  };
}

const errorsOf = (row: ThroughputRow) => (row.non2xx === 0 && row.errors === 0 ? undefined : `${row.non2xx} non-2xx, ${row.errors} errors`);

function throughputChecks(results: BenchResults): BudgetCheck[] {
  const base = find(results.throughput, 'bareList');
  // The empty bare page, static and rendered per request: context, not the budget.
  const context = (['bare', 'bareDynamic'] as const).flatMap((page) => {
    const row = find(results.throughput, page);
    return row ? [{ row, name: page === 'bare' ? 'the empty bare page' : 'the bare page per request' }] : [];
  });
  return LOADED_ROUTES.map((route) => {
    const row = find(results.throughput, route);
    const limit = `≥ ${BUDGETS.throughputRatio} × the bare page with the list${base ? ` (${base.rps.toFixed(0)} req/s)` : ''}`;
    if (!row || !base) return notMeasured('Throughput', route, limit);
    const ratio = throughputRatio(row, base);
    const paired = pairedRounds(row.roundsRps, base.roundsRps);
    const errors = [errorsOf(row), errorsOf(base) && `the bare page with the list: ${errorsOf(base)}`].filter(Boolean);
    return {
      budget: 'Throughput',
      subject: route,
      limit,
      actual:
        `${row.rps.toFixed(0)} req/s (${ratio.toFixed(2)} ×, ${paired ? `median of ${rounds(paired.length)}` : 'ratio of the figures'}` +
        context.map(({ row: other, name }) => `; ${name} ${throughputRatio(row, other).toFixed(2)} ×`).join('') +
        `)${errors.length > 0 ? `, ${errors.join('; ')}` : ''}`,
      pass: errors.length === 0 && ratio >= BUDGETS.throughputRatio,
    };
  });
}

function scaleChecks(results: BenchResults): BudgetCheck[] {
  const checks = results.scale.flatMap((row): BudgetCheck[] => {
    const ratio = row.largeMs / row.defaultMs;
    return [
      { budget: 'Time with 10,000 packages', subject: row.page, limit: `≤ ${BUDGETS.scaleRatio} × ${ms(row.defaultMs)}`, actual: `${ms(row.largeMs)} (${ratio.toFixed(2)} ×)`, pass: ratio <= BUDGETS.scaleRatio },
      { budget: 'Packages shipped with 10,000 packages', subject: row.page, limit: `≤ ${BUDGETS.packageLinks}`, actual: String(row.largePackageLinks), pass: row.largePackageLinks <= BUDGETS.packageLinks },
    ];
  });
  if (results.scale.length === 0) checks.push(notMeasured('Time with 10,000 packages', 'pages', `≤ ${BUDGETS.scaleRatio} ×`));
  const largeSearch = results.search.find((row) => row.catalog === 'large');
  const searchLimit = `≤ ${BUDGETS.searchMs} ms`;
  checks.push(
    largeSearch
      ? { budget: 'Search with 10,000 packages', subject: 'home', limit: searchLimit, actual: ms(largeSearch.ms), pass: largeSearch.ms <= BUDGETS.searchMs }
      : notMeasured('Search with 10,000 packages', 'home', searchLimit),
  );
  return checks;
}

/** Every budget the run can be held to; a missing measurement is a failed check, never a silent pass. */
export function checkBudgets(results: BenchResults): BudgetCheck[] {
  return [...jsChecks(results), ...lighthouseChecks(results), preOrderCheck(results.preOrder), ...throughputChecks(results), ...scaleChecks(results)];
}
