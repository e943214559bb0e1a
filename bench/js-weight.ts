/** JavaScript a page makes the browser load, compressed here the same way for every page. */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import type { JsWeight, Page } from '@/bench/lib/results';

/** Loads `url` in a fresh page and sums every script it fetched (first load, until the network is idle). */
export async function measureJs(context: BrowserContext, page: Page, url: string): Promise<JsWeight> {
  const tab = await context.newPage();
  const bodies = new Map<string, Promise<Buffer>>();
  tab.on('response', (response) => {
    if (response.request().resourceType() === 'script' && response.ok()) bodies.set(response.url(), response.body());
  });
  try {
    const answer = await tab.goto(url, { waitUntil: 'networkidle' });
    if (!answer?.ok()) throw new Error(`${url} answered ${answer?.status()}`);
    // A redirect (an expired session sent to sign-in) would measure another page.
    if (new URL(tab.url()).pathname !== new URL(url).pathname) throw new Error(`${url} ended at ${tab.url()}`);
    const scripts = await Promise.all(bodies.values());
    return {
      page,
      scripts: scripts.length,
      rawBytes: scripts.reduce((sum, body) => sum + body.length, 0),
      // Level 6 is what `next start` and most servers send; brotli 11 is what a CDN would.
      gzipBytes: scripts.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0),
      brotliBytes: scripts.reduce(
        (sum, body) => sum + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        0,
      ),
    };
  } finally {
    await tab.close();
  }
}
