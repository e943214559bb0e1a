import { throughputRatio, type BudgetCheck } from '@/bench/lib/budgets';
import type { BenchResults, Page } from '@/bench/lib/results';

export const GENERATED_START = '<!-- bench:generated:start -->';
export const GENERATED_END = '<!-- bench:generated:end -->';

const PAGE_NAMES: Record<Page | 'countryFiltered', string> = {
  home: 'home `/en`',
  country: 'country `/en/countries/440`',
  countryFiltered: 'country, filtered `?data=1024&sort=price-desc`',
  package: 'package `/en/packages/1000000`',
  order: 'order `/orders/[ref]`',
  myEsims: 'My eSIMs `/my-esims`',
  bare: 'bare page (static)',
  bareDynamic: 'bare page (per request)',
  bareList: 'bare page with a home-sized list (static)',
};

const pageName = (page: string) => PAGE_NAMES[page as keyof typeof PAGE_NAMES] ?? page;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(0);

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `| ${head.map(escape).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** The measured part of the results file: machine, settings, every measurement beside its baseline, budgets. */
export function renderResults(results: BenchResults, checks: readonly BudgetCheck[]): string {
  const { machine, settings } = results;
  const passed = checks.filter((check) => check.pass).length;
  const bareJs = results.js.find((row) => row.page === 'bare');
  const bareRps = results.throughput.find((row) => row.page === 'bare');
  const bareDynamicRps = results.throughput.find((row) => row.page === 'bareDynamic');
  const bareListRps = results.throughput.find((row) => row.page === 'bareList');
  const sections = [
    `Run of ${machine.date}${settings.quick ? ' (**quick mode**: fewer iterations, not a result to quote)' : ''}, ${Math.round(results.durationSeconds / 60)} min.`,
    table(
      ['machine', ''],
      [
        ['CPU', `${machine.cpu} × ${machine.cores}`],
        ['memory', `${machine.memoryGb} GB`],
        ['system', machine.os],
        ['Node / Next.js / Chromium', `${machine.node} / ${machine.next} / ${machine.chromium}`],
        ['load average (1, 5, 15 min) before / after', `${machine.loadBefore.map((v) => v.toFixed(2)).join(', ')} / ${machine.loadAfter.map((v) => v.toFixed(2)).join(', ')}`],
        ['note', machine.note || '-'],
      ],
    ),
    `Settings: provider latency ${settings.latencyMs} ms on every sandbox answer, ${settings.orders} orders, ` +
      `throughput in ${settings.throughputRounds ?? 1} round(s) over all the pages, ${settings.throughputSeconds} s per page and round with ${settings.connections} connections (medians; ratios round by round), ` +
      `${settings.lighthouseRuns} Lighthouse run(s) per page and preset, in rounds over all the pages (median).`,
    ...(results.problems.length > 0 ? [`**Phases that failed** (their budgets count as missed):\n\n${results.problems.map((problem) => `- ${problem}`).join('\n')}`] : []),
    `### Budgets: ${passed} of ${checks.length} met`,
    table(
      ['budget', 'subject', 'limit', 'measured', ''],
      checks.map((check) => [check.budget, pageName(check.subject), check.limit, check.actual, check.pass ? 'met' : '**missed**']),
    ),
    '### 1. JavaScript shipped per route (first load, every script the page loads)',
    table(
      ['page', 'scripts', 'raw kB', 'gzip kB', 'brotli kB', 'gzip vs bare'],
      results.js.map((row) => [
        pageName(row.page),
        String(row.scripts),
        kb(row.rawBytes),
        kb(row.gzipBytes),
        kb(row.brotliBytes),
        bareJs ? `${(row.gzipBytes / bareJs.gzipBytes).toFixed(2)} ×` : '-',
      ]),
    ),
    '### 2. Lighthouse (performance, accessibility, best practices, SEO)',
    table(
      ['page', 'preset', 'perf (each round)', 'a11y', 'best pr.', 'SEO', 'FCP / LCP / TBT ms', 'TBT ms, each round', 'audits that lost points'],
      results.lighthouse.map((row) => [
        pageName(row.page),
        row.preset,
        `${row.scores.performance}${row.performanceRuns && row.performanceRuns.length > 1 ? ` (${row.performanceRuns.join(', ')})` : ''}`,
        String(row.scores.accessibility),
        String(row.scores.bestPractices),
        String(row.scores.seo),
        row.metrics ? `${ms(row.metrics.fcp)} / ${ms(row.metrics.lcp)} / ${ms(row.metrics.tbt)}` : '-',
        row.tbtRuns?.map(ms).join(', ') ?? '-',
        row.failing.join(', ') || '-',
      ]),
    ),
    '### 3. Pre-order latency',
    table(
      ['path', 'orders', 'p50 ms', 'p99 ms', 'mean ms'],
      [
        ['form submit to confirmation rendered (Chromium, the real form)', String(results.preOrder.shop.n), ms(results.preOrder.shop.p50), ms(results.preOrder.shop.p99), ms(results.preOrder.shop.mean)],
        ['… of which the server: the action (with the provider call) and the confirmation page, to the first byte', String(results.preOrder.shopServer.n), ms(results.preOrder.shopServer.p50), ms(results.preOrder.shopServer.p99), ms(results.preOrder.shopServer.mean)],
        ['the bare page: a form, a server action with the same sandbox call, a redirect to a page', String(results.preOrder.bare.n), ms(results.preOrder.bare.p50), ms(results.preOrder.bare.p99), ms(results.preOrder.bare.mean)],
        ['… of which the server, to the first byte', String(results.preOrder.bareServer.n), ms(results.preOrder.bareServer.p50), ms(results.preOrder.bareServer.p99), ms(results.preOrder.bareServer.mean)],
        ["direct call to the sandbox's pre-order endpoint", String(results.preOrder.direct.n), ms(results.preOrder.direct.p50), ms(results.preOrder.direct.p99), ms(results.preOrder.direct.mean)],
      ],
    ),
    '### 4. Throughput (autocannon)',
    table(
      ['page', 'kB per answer', 'req/s', 'each round', 'vs bare with the list (the budget)', 'vs bare (static)', 'vs bare (per request)', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
      results.throughput.map((row) => [
        pageName(row.page),
        kb(row.bytesPerAnswer),
        row.rps.toFixed(0),
        row.roundsRps?.map((rps) => rps.toFixed(0)).join(', ') ?? '-',
        bareListRps ? `${throughputRatio(row, bareListRps).toFixed(2)} ×` : '-',
        bareRps ? `${throughputRatio(row, bareRps).toFixed(2)} ×` : '-',
        bareDynamicRps ? `${throughputRatio(row, bareDynamicRps).toFixed(2)} ×` : '-',
        ms(row.p50),
        ms(row.p99),
        String(row.non2xx),
        String(row.errors),
      ]),
    ),
    '### 5. Catalog scale: default catalog vs 10,000 packages over 200 countries',
    table(
      ['page', 'default ms', '10,000 ms', 'ratio', 'default doc gzip kB', '10,000 doc gzip kB', 'package links (10,000)'],
      results.scale.map((row) => [
        pageName(row.page),
        ms(row.defaultMs),
        ms(row.largeMs),
        `${(row.largeMs / row.defaultMs).toFixed(2)} ×`,
        kb(row.defaultBytes),
        kb(row.largeBytes),
        String(row.largePackageLinks),
      ]),
    ),
    table(
      ['search on the home page', 'destinations', 'keystroke to results ms'],
      results.search.map((row) => [row.catalog === 'large' ? '10,000 packages' : 'default catalog', String(row.destinations), ms(row.ms)]),
    ),
    table(
      ['first view of the home page after start (nothing cached)', 'ms'],
      results.coldHome.map((row) => [row.catalog === 'large' ? '10,000 packages, 200 countries' : 'default catalog', ms(row.ms)]),
    ),
  ];
  return sections.join('\n\n');
}

/** The results file with its generated part replaced; the hand-written parts around it stay. */
export function replaceGenerated(fileText: string, generated: string): string {
  const block = `${GENERATED_START}\n${generated}\n${GENERATED_END}`;
  const start = fileText.indexOf(GENERATED_START);
  const end = fileText.indexOf(GENERATED_END);
  if (start === -1 || end === -1 || end < start) return `${fileText.trimEnd()}\n\n${block}\n`;
  return `${fileText.slice(0, start)}${block}${fileText.slice(end + GENERATED_END.length)}`;
}
