import { expect, test, type APIRequestContext } from '@playwright/test';
import { CARDS, pay, preOrder } from './support/shop';
import { SANDBOX_STAFF_PASSWORD, staffContext } from './support/staff';
import { E2E_ACCESS_TOKEN } from './test-config';

/**
 * Crawls every page a visitor can reach, and the console's pages, with every script and stylesheet
 * they load: the access token, the staff secret and another customer's activation code appear nowhere.
 */
async function crawl(request: APIRequestContext, starts: string[], limit = 80): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [...starts];
  while (queue.length > 0 && seen.size < limit) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const response = await request.get(path);
    const body = await response.text();
    seen.set(path, body);
    for (const [, href] of body.matchAll(/(?:href|src)="(\/[^"#?]*)(?:\?[^"]*)?"/g)) {
      if (href && !seen.has(href) && !href.startsWith('/api/staff/export')) queue.push(href);
    }
  }
  return seen;
}

test('no secret and no other customer activation code in anything a browser can fetch', async ({ browser, page }) => {
  // Every page in every language, every chunk and the staff console: minutes on a busy machine.
  test.setTimeout(240_000);
  // Customer A gets an eSIM: its activation code is the secret a stranger must never see.
  const orderUrl = await preOrder(page, 1000000, 'secret-owner@example.com');
  await pay(page, CARDS.succeeds);
  const activationCode = (await page.getByTestId('activation-code').innerText()).trim();
  expect(activationCode).toMatch(/^LPA:1\$/);
  const secrets = [E2E_ACCESS_TOKEN, SANDBOX_STAFF_PASSWORD, activationCode, activationCode.split('$')[2]!];

  // A stranger: every public page and asset.
  const stranger = await browser.newContext();
  const publicPages = await crawl(stranger.request, ['/', '/countries/440', '/packages/1000000', '/sign-in', '/register', '/staff/sign-in', '/my-esims', '/orders/AAAAAAAAAAAAAAAAAAAAAA']);
  expect(publicPages.size).toBeGreaterThan(30);
  expect([...publicPages.keys()].some((path) => path.endsWith('.js'))).toBe(true);

  // Staff: the console's pages and the call log (redacted) must not hold them either.
  const staff = await staffContext(browser);
  // The Outbox shows the eSIM's message without the code: the owner's was sent before the crawl.
  const orderNo = await page.getByTestId('order-no').innerText();
  await expect.poll(async () => (await staff.request.get('/staff/outbox')).text(), { timeout: 20_000 }).toContain(`Your eSIM for order ${orderNo} is ready`);
  const staffPages = await crawl(staff.request, ['/staff', '/staff/calls', '/staff/orders', '/staff/outbox'], 60);
  expect(staffPages.size).toBeGreaterThan(5);

  for (const [path, body] of [...publicPages, ...staffPages]) {
    for (const secret of secrets) {
      expect(body.includes(secret), `${path} contains a secret`).toBe(false);
    }
  }
  // The owner's own page does show it: the check above can find it when it is there.
  const own = await (await page.request.get(orderUrl)).text();
  expect(own).toContain(activationCode.split('$')[2]!);
  await stranger.close();
  await staff.close();
});
