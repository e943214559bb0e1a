/**
 * `npm run bench`: builds the shop and a bare Next.js page, starts both on the sandbox with a provider
 * latency, measures JS weight, Lighthouse, pre-order latency, throughput and catalog scale, each beside
 * its baseline, checks the budgets and writes the results file. Options: --quick (fewer iterations,
 * written under data/bench/), --skip-build (reuse the last builds), --only=js,lighthouse,preorder,throughput,scale.
 * Env: BENCH_LATENCY_MS (default 100), BENCH_NOTE (a line about the machine's load).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { checkBudgets } from '@/bench/lib/budgets';
import { renderResults, replaceGenerated } from '@/bench/lib/report';
import { CUSTOMER_ROUTES, type BenchResults, type BenchSettings, type Page } from '@/bench/lib/results';
import { signedInCustomer } from '@/bench/customer';
import { measureJs } from '@/bench/js-weight';
import { runLighthouseRounds, startChrome, type LighthouseTarget } from '@/bench/lighthouse';
import { describeMachine, loadNow } from '@/bench/machine';
import { BENCH_PACKAGE, DIRECT_PRE_ORDER_BODY, measurePreOrders, timedPreOrder } from '@/bench/pre-order';
import { coldHome, measureScale, measureSearch } from '@/bench/scale';
import { BARE_DIR, BENCH_DATA_DIR, REPO_ROOT, buildNext, copyBuildForLargeShop, startNext, type RunningServer } from '@/bench/servers';
import { BENCH_TOKEN, PORTS, shopEnv } from '@/bench/shop-env';
import { measureThroughputRounds, type ThroughputTarget } from '@/bench/throughput';
import { countryAddress, homeAddress, packageAddress } from '@/lib/i18n/addresses';

const PHASES = ['js', 'lighthouse', 'preorder', 'throughput', 'scale'] as const;
type Phase = (typeof PHASES)[number];

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const skipBuild = argv.includes('--skip-build');
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const unknown = only?.filter((phase) => !(PHASES as readonly string[]).includes(phase)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown phase(s) ${unknown.join(', ')}; phases: ${PHASES.join(', ')}`);
  const latency = Number(process.env.BENCH_LATENCY_MS ?? 100);
  if (!Number.isInteger(latency) || latency < 0 || latency > 10_000) throw new Error('BENCH_LATENCY_MS must be a whole number of milliseconds');
  const settings: BenchSettings = {
    quick,
    latencyMs: latency,
    orders: quick ? 10 : 60,
    throughputSeconds: quick ? 3 : 5,
    throughputRounds: quick ? 1 : 5,
    connections: 10,
    lighthouseRuns: quick ? 1 : 5,
  };
  return { settings, skipBuild, phases: new Set<Phase>((only as Phase[] | undefined) ?? PHASES) };
}

const log = (text: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);

const noLatency = { n: 0, p50: 0, p99: 0, mean: 0 };

async function main() {
  const started = performance.now();
  const { settings, skipBuild, phases } = parseArgs(process.argv.slice(2));
  const machine = describeMachine();
  log(`${settings.quick ? 'quick' : 'full'} run, provider latency ${settings.latencyMs} ms, phases ${[...phases].join(', ')}`);

  if (!skipBuild || !existsSync(path.join(REPO_ROOT, '.next/BUILD_ID')) || !existsSync(path.join(BARE_DIR, '.next/BUILD_ID'))) {
    log(`built the shop in ${(await buildNext('shop')).toFixed(0)} s`);
    log(`built the bare page in ${(await buildNext('bare', BARE_DIR)).toFixed(0)} s`);
  }

  const servers: RunningServer[] = [];
  let browser: Browser | undefined;
  const results: BenchResults = {
    machine: { ...machine, loadAfter: [0, 0, 0] },
    settings,
    durationSeconds: 0,
    js: [],
    lighthouse: [],
    preOrder: { shop: noLatency, shopServer: noLatency, bare: noLatency, bareServer: noLatency, direct: noLatency },
    throughput: [],
    scale: [],
    search: [],
    coldHome: [],
    problems: [],
  };
  // A phase that fails (a busy machine, a flaky trace) is recorded and the run goes on.
  const attempt = async (name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      const problem = `${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      results.problems.push(problem);
      log(`FAILED ${problem}`);
    }
  };
  try {
    const bare = await startNext({
      name: 'bare',
      port: PORTS.bare,
      directory: BARE_DIR,
      // The bare order form makes the shop's pre-order call to the shop's sandbox.
      env: { BARE_SANDBOX_URL: `http://127.0.0.1:${PORTS.shop}/api/sandbox`, BARE_SANDBOX_TOKEN: BENCH_TOKEN, BARE_PREORDER_BODY: DIRECT_PRE_ORDER_BODY },
    });
    servers.push(bare);
    // Ready once a page without the catalog answers; the catalog's first load is timed on its own.
    const shop = await startNext({ name: 'shop-default', port: PORTS.shop, readyPath: '/sign-in', env: shopEnv('default', PORTS.shop, settings.latencyMs) });
    servers.push(shop);
    results.coldHome.push({ catalog: 'default', ms: await coldHome(shop.url) });
    log(`bare page and shop are up; the home page's first view took ${results.coldHome[0]?.ms.toFixed(0)} ms`);

    browser = await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    });
    const guest = await browser.newContext({ locale: 'en-US' });
    const customer = await browser.newContext({ locale: 'en-US' });

    // The order page needs an order; My eSIMs needs a signed-in customer with one.
    const orderUrl = (await timedPreOrder(await guest.newPage(), shop.url, 'guest@bench.example')).url;
    const customerCookie = await signedInCustomer(customer, shop.url);

    const routes: Record<(typeof CUSTOMER_ROUTES)[number], string> = {
      // The catalog's own addresses: the ones without a language only redirect to these.
      home: `${shop.url}${homeAddress('en')}`,
      country: `${shop.url}${countryAddress('en', '440')}`,
      package: `${shop.url}${packageAddress('en', BENCH_PACKAGE.id)}`,
      order: orderUrl,
      myEsims: `${shop.url}/my-esims`,
    };
    const pages: { page: Page; url: string }[] = [
      { page: 'bare', url: `${bare.url}/` },
      { page: 'bareDynamic', url: `${bare.url}/dynamic` },
      ...CUSTOMER_ROUTES.map((route) => ({ page: route, url: routes[route] })),
    ];

    if (phases.has('js')) {
      for (const { page, url } of pages) {
        await attempt(`JS weight of ${page}`, async () => {
          results.js.push(await measureJs(page === 'myEsims' ? customer : guest, page, url));
        });
      }
      log(`JS weight: ${results.js.map((row) => `${row.page} ${(row.gzipBytes / 1024).toFixed(0)} kB`).join(', ')}`);
    }

    if (phases.has('preorder')) {
      await attempt('pre-order latency', async () => {
        results.preOrder = await measurePreOrders(guest, shop.url, bare.url, BENCH_TOKEN, settings.orders);
        const { shop: form, shopServer, bare: bareForm, direct } = results.preOrder;
        log(`pre-order p50 ${form.p50.toFixed(0)} ms (server ${shopServer.p50.toFixed(0)} ms), bare form ${bareForm.p50.toFixed(0)} ms, direct ${direct.p50.toFixed(0)} ms`);
      });
    }

    if (phases.has('scale')) {
      await attempt('catalog scale', async () => {
        // Its own copy of the build: the cached catalog pages are files in it, and the default shop's
        // copies must not be served as this one's.
        const largeDist = copyBuildForLargeShop();
        const large = await startNext({
          name: 'shop-large',
          port: PORTS.shopLarge,
          readyPath: '/sign-in',
          env: { ...shopEnv('large', PORTS.shopLarge, settings.latencyMs), SHOP_DIST_DIR: largeDist },
        });
        servers.push(large);
        const cold = await coldHome(large.url);
        results.coldHome.push({ catalog: 'large', ms: cold });
        log(`shop with 10,000 packages is up; the home page's first view took ${cold.toFixed(0)} ms`);
        results.scale = await measureScale(shop.url, large.url, settings.quick ? 10 : 30);
        results.search.push(await measureSearch(guest, shop.url, 'default'), await measureSearch(guest, large.url, 'large'));
        await large.stop();
        log(`scale: ${results.scale.map((row) => `${row.page} ${(row.largeMs / row.defaultMs).toFixed(2)}×`).join(', ')}`);
      });
    }

    await browser.close();
    browser = undefined;

    if (phases.has('lighthouse')) {
      const chrome = await startChrome(PORTS.chrome);
      try {
        const targets: LighthouseTarget[] = pages
          .filter(({ page }) => page !== 'bareDynamic')
          .map(({ page, url }) => ({ page, url, ...(page === 'myEsims' ? { headers: { Cookie: customerCookie } } : {}) }));
        for (const preset of ['mobile', 'desktop'] as const) {
          await attempt(`Lighthouse ${preset}`, async () => {
            const { rows, problems } = await runLighthouseRounds(chrome, targets, preset, settings.lighthouseRuns, path.join(BENCH_DATA_DIR, 'lighthouse'), (round) =>
              log(`Lighthouse ${preset}: round ${round + 1} of ${settings.lighthouseRuns} done`),
            );
            for (const row of rows) {
              results.lighthouse.push(row);
              log(`Lighthouse ${preset} ${row.page}: ${Object.values(row.scores).join(' / ')}`);
            }
            for (const problem of problems) {
              results.problems.push(problem);
              log(`FAILED ${problem}`);
            }
          });
        }
      } finally {
        chrome.kill();
      }
    }

    if (phases.has('throughput')) {
      const targets: ThroughputTarget[] = [
        { page: 'bare', url: `${bare.url}/` },
        { page: 'bareDynamic', url: `${bare.url}/dynamic` },
        { page: 'bareList', url: `${bare.url}/list` },
        { page: 'home', url: routes.home },
        { page: 'country', url: routes.country },
        { page: 'package', url: routes.package },
      ];
      await attempt('throughput', async () => {
        const rows = await measureThroughputRounds(targets, settings.connections, settings.throughputSeconds, settings.throughputRounds ?? 1, (round) =>
          log(`throughput: round ${round + 1} of ${settings.throughputRounds} done`),
        );
        for (const row of rows) {
          results.throughput.push(row);
          log(`throughput ${row.page}: ${row.rps.toFixed(0)} req/s (rounds ${row.roundsRps?.map((rps) => rps.toFixed(0)).join(', ')}), ${(row.bytesPerAnswer / 1024).toFixed(0)} kB per answer, p50 ${row.p50} ms, p99 ${row.p99} ms`);
        }
      });
    }
  } finally {
    await browser?.close();
    for (const server of servers.reverse()) await server.stop();
  }

  results.machine.loadAfter = loadNow();
  results.durationSeconds = (performance.now() - started) / 1000;
  const checks = checkBudgets(results);
  const generated = renderResults(results, checks);
  const resultsFile = settings.quick ? path.join(BENCH_DATA_DIR, 'benchmark-quick.md') : path.join(REPO_ROOT, 'docs/benchmark.md');
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '# Benchmark\n';
  writeFileSync(resultsFile, replaceGenerated(current, generated));
  writeFileSync(resultsFile.replace(/\.md$/, '.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${generated}\n`);
  const missed = checks.filter((check) => !check.pass);
  log(`${checks.length - missed.length} of ${checks.length} budgets met; results in ${path.relative(REPO_ROOT, resultsFile)}`);
  process.exitCode = missed.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
