/** Pre-order latency: the real order form in Chromium against a direct call to the sandbox's endpoint. */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import shopMessages from '@/messages/en/shop.json';
import { summarize } from '@/bench/lib/stats';
import type { Latency, PreOrderResult } from '@/bench/lib/results';
import { packageAddress } from '@/lib/i18n/addresses';

export const BENCH_PACKAGE = { id: 1000000, code: 'LP20220325000000', usd: 5 } as const;
const CONFIRMATION_TITLE = shopMessages.order.title;

const latency = (samples: number[]): Latency => {
  const { n, p50, p99, mean } = summarize(samples);
  return { n, p50, p99, mean };
};

type TimedSubmit = { ms: number; serverMs: number; url: string };

/**
 * Times a form already on screen: from its submit event to the first frame showing `doneTitle` at
 * `donePath` (both read from the page's own clock), and the action's wait for its first byte.
 */
async function timeFormSubmit(tab: Page, button: Locator, doneTitle: string, donePath: string): Promise<TimedSubmit> {
  await button.waitFor();
  const formPath = new URL(tab.url()).pathname;
  await tab.evaluate(() => {
    const state = window as unknown as { benchSubmitAt?: number };
    state.benchSubmitAt = undefined;
    // Capture on window runs before React's own listener on the document.
    window.addEventListener('submit', () => (state.benchSubmitAt = performance.now()), { capture: true, once: true });
  });
  // The server action's POST: its wait for the first byte is the server's share of the time. Its
  // body may never be read to the end (the router has what it needs), so the response is awaited,
  // not the request's end.
  const action = tab.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === formPath,
    { timeout: 30_000 },
  );
  await button.click();
  const shown = await tab.waitForFunction(
    ({ title, path }) => {
      const heading = document.querySelector('h1');
      const submitAt = (window as unknown as { benchSubmitAt?: number }).benchSubmitAt;
      return location.pathname.startsWith(path) && heading?.textContent === title && submitAt !== undefined
        ? performance.now() - submitAt
        : false;
    },
    { title: doneTitle, path: donePath },
    { polling: 'raf', timeout: 30_000 },
  );
  const timing = (await action).request().timing();
  return { ms: (await shown.jsonValue()) as number, serverMs: timing.responseStart - timing.requestStart, url: tab.url() };
}

/** The shop's package page, its order form filled in, timed to the confirmation. Returns the order page's URL too. */
export async function timedPreOrder(tab: Page, shopUrl: string, email: string): Promise<TimedSubmit> {
  await tab.goto(`${shopUrl}${packageAddress('en', BENCH_PACKAGE.id)}`);
  // Hydrated: the form has minted its key (sent before that, it would ask for a review instead).
  await tab.waitForFunction(() => /^[\w-]{22}$/.test(document.querySelector<HTMLInputElement>('input[name="idempotencyKey"]')?.value ?? ''));
  await tab.getByLabel(/^Email$/).fill(email);
  await tab.getByLabel('My phone supports eSIM and is unlocked').check();
  return timeFormSubmit(tab, tab.getByRole('button', { name: /^Pre-order/ }), CONFIRMATION_TITLE, '/orders/');
}

/** The bare page's form (`bench/bare/app/order`): the same provider call and redirect, nothing of the shop. */
export async function timedBarePreOrder(tab: Page, bareUrl: string): Promise<TimedSubmit> {
  await tab.goto(`${bareUrl}/order`);
  return timeFormSubmit(tab, tab.getByRole('button', { name: 'Pre-order' }), 'Pre-order received', '/order/done');
}

/** The pre-order the shop sends for one eSIM of the bench package in USD; the bare page sends it too. */
export const DIRECT_PRE_ORDER_BODY = JSON.stringify({
  currency: 'USD',
  currencyId: 2,
  deviceType: '10',
  discountFlag: 0,
  id: BENCH_PACKAGE.id,
  money: BENCH_PACKAGE.usd,
  packageCode: BENCH_PACKAGE.code,
  packageNum: 1,
  partnerCode: '1000000005',
  periodNum: 1,
});

/** One pre-order straight to the sandbox, as the shop's server sends it, with the shop's token. */
export async function timedDirectPreOrder(shopUrl: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${shopUrl}/api/sandbox/v1.1/package/preOrderPackage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-access-token': token, 'accept-language': 'en-US' },
    body: DIRECT_PRE_ORDER_BODY,
  });
  const envelope = (await response.json()) as { code: number; message: string };
  const elapsed = performance.now() - started;
  if (envelope.code !== 0) throw new Error(`direct pre-order refused: ${envelope.code} ${envelope.message}`);
  return elapsed;
}

/** `orders` of each, interleaved so a burst of load elsewhere hits all alike, after a few untimed ones. */
export async function measurePreOrders(context: BrowserContext, shopUrl: string, bareUrl: string, token: string, orders: number): Promise<PreOrderResult> {
  const tab = await context.newPage();
  try {
    for (let warm = 0; warm < 3; warm += 1) {
      await timedPreOrder(tab, shopUrl, `warm-${warm}@bench.example`);
      await timedBarePreOrder(tab, bareUrl);
      await timedDirectPreOrder(shopUrl, token);
    }
    const shop: number[] = [];
    const server: number[] = [];
    const bare: number[] = [];
    const bareServer: number[] = [];
    const direct: number[] = [];
    for (let index = 0; index < orders; index += 1) {
      const order = await timedPreOrder(tab, shopUrl, `bench-${index}@bench.example`);
      shop.push(order.ms);
      server.push(order.serverMs);
      const bareOrder = await timedBarePreOrder(tab, bareUrl);
      bare.push(bareOrder.ms);
      bareServer.push(bareOrder.serverMs);
      direct.push(await timedDirectPreOrder(shopUrl, token));
    }
    return { shop: latency(shop), shopServer: latency(server), bare: latency(bare), bareServer: latency(bareServer), direct: latency(direct) };
  } finally {
    await tab.close();
  }
}
