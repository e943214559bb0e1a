/** The same pages against the default catalog and against 10,000 packages over 200 countries. */
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import shopMessages from '@/messages/en/shop.json';
import { median } from '@/bench/lib/stats';
import type { ScaleRow, SearchRow } from '@/bench/lib/results';
import { countryAddress, homeAddress, packageAddress } from '@/lib/i18n/addresses';

export const SCALE_PAGES: { page: ScaleRow['page']; path: string }[] = [
  { page: 'home', path: homeAddress('en') },
  { page: 'country', path: countryAddress('en', '440') },
  { page: 'countryFiltered', path: `${countryAddress('en', '440')}?data=1024&sort=price-desc` },
  { page: 'package', path: packageAddress('en', 1000000) },
];

async function timedGet(url: string): Promise<{ ms: number; html: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'accept-language': 'en-US' } });
  const html = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms, html };
}

const packageLinks = (html: string) => new Set([...html.matchAll(/\/packages\/(\d+)/g)].map((match) => match[1])).size;

/** The home page's first view with nothing cached (one provider call per country); minutes allowed. */
export async function coldHome(shopUrl: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${shopUrl}${homeAddress('en')}`, { headers: { 'accept-language': 'en-US' }, signal: AbortSignal.timeout(300_000) });
  await response.text();
  if (!response.ok) throw new Error(`the first view of ${shopUrl}${homeAddress('en')} answered ${response.status}`);
  return performance.now() - started;
}

/** One request at a time, alternating the two shops, after a few untimed ones; the median of each. */
export async function measureScale(defaultUrl: string, largeUrl: string, samples: number): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const { page, path } of SCALE_PAGES) {
    for (let warm = 0; warm < 3; warm += 1) {
      await timedGet(defaultUrl + path);
      await timedGet(largeUrl + path);
    }
    const small: number[] = [];
    const large: number[] = [];
    let smallHtml = '';
    let largeHtml = '';
    for (let index = 0; index < samples; index += 1) {
      const a = await timedGet(defaultUrl + path);
      const b = await timedGet(largeUrl + path);
      small.push(a.ms);
      large.push(b.ms);
      smallHtml = a.html;
      largeHtml = b.html;
    }
    rows.push({
      page,
      defaultMs: median(small),
      largeMs: median(large),
      defaultBytes: gzipSync(smallHtml).length,
      largeBytes: gzipSync(largeHtml).length,
      largePackageLinks: packageLinks(largeHtml),
    });
  }
  return rows;
}

/** From the search box's input event to the first frame whose result count changed, on the page's clock. */
export async function measureSearch(context: BrowserContext, shopUrl: string, catalog: SearchRow['catalog']): Promise<SearchRow> {
  const tab = await context.newPage();
  try {
    await tab.goto(`${shopUrl}${homeAddress('en')}`, { waitUntil: 'networkidle' });
    const box = tab.getByRole('searchbox', { name: shopMessages.home.searchLabel });
    const status = tab.getByRole('search').getByRole('status');
    const before = (await status.textContent()) ?? '';
    const destinations = Number(before.match(/\d+/)?.[0] ?? 0);
    await tab.evaluate(() => {
      const state = window as unknown as { benchInputAt?: number };
      window.addEventListener('input', () => (state.benchInputAt ??= performance.now()), { capture: true });
    });
    await box.fill('japan');
    const shown = await tab.waitForFunction(
      (initial) => {
        const text = document.querySelector('[role="search"] [role="status"]')?.textContent ?? initial;
        const inputAt = (window as unknown as { benchInputAt?: number }).benchInputAt;
        return text !== initial && inputAt !== undefined ? performance.now() - inputAt : false;
      },
      before,
      { polling: 'raf', timeout: 10_000 },
    );
    return { catalog, destinations, ms: (await shown.jsonValue()) as number };
  } finally {
    await tab.close();
  }
}
