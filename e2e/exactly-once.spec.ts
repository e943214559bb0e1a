import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { staffContext } from './support/staff';
import { confirmCompatible } from './support/shop';

// Only this file orders these packages, so the sandbox's count for them is this file's alone.
const NO_JS_PACKAGE = 1000130;
const RESENT_PACKAGE = 1000129;

let staff: BrowserContext;
test.beforeAll(async ({ browser }) => {
  staff = await staffContext(browser);
});
test.afterAll(async () => {
  await staff.close();
});

async function sandboxOrderCount(request: APIRequestContext, packageId: number): Promise<number> {
  const snapshot = (await (await request.get('/api/sandbox-control')).json()) as { orders: { packageId: number }[] };
  return snapshot.orders.filter((order) => order.packageId === packageId).length;
}

test('a form submitted twice before any JavaScript runs makes one pre-order and one confirmation', async ({ browser }) => {
  const before = await sandboxOrderCount(staff.request, NO_JS_PACKAGE);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/packages/${NO_JS_PACKAGE}`);
  await page.getByLabel('Email').fill('no-js@example.com');
  // The cached page carries no key (the browser's JavaScript mints it): the first post places
  // nothing, and its answer, rendered for this visitor, carries a key and asks for a review.
  await confirmCompatible(page);
  await page.getByRole('button', { name: 'Pre-order' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Your order is not placed yet.' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue('no-js@example.com');
  expect(await sandboxOrderCount(staff.request, NO_JS_PACKAGE)).toBe(before);
  // Without JavaScript nothing disables the button: both clicks post the same form, and its key.
  await confirmCompatible(page);
  await page.getByRole('button', { name: 'Pre-order' }).dblclick();
  await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you, your order is placed' })).toBeVisible();
  expect(await sandboxOrderCount(staff.request, NO_JS_PACKAGE)).toBe(before + 1);
  await context.close();
});

test('a re-sent order POST lands on the same confirmation without a second pre-order', async ({ page }) => {
  const before = await sandboxOrderCount(staff.request, RESENT_PACKAGE);
  let posted: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action'] && !posted) {
      posted = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    }
  });
  await page.goto(`/packages/${RESENT_PACKAGE}`);
  await page.getByLabel('Email').fill('resent@example.com');
  await confirmCompatible(page);
  await page.getByRole('button', { name: 'Pre-order' }).click();
  await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
  const ref = page.url().split('/').pop()!;

  // The same request again, as a slow network or a refresh of the POST would send it.
  expect(posted).toBeDefined();
  const again = await page.request.post(posted!.url, { headers: posted!.headers, data: posted!.body, maxRedirects: 0 });
  expect(again.status()).toBeLessThan(400);
  const redirect = again.headers()['x-action-redirect'] ?? again.headers()['location'] ?? '';
  expect(redirect).toContain(`/orders/${ref}`);
  expect(await sandboxOrderCount(staff.request, RESENT_PACKAGE)).toBe(before + 1);
});

test('too many sign-in attempts for one account are refused with a clear message', async ({ page }) => {
  const email = `rate-limit-${Date.now()}@example.com`;
  await page.goto('/sign-in');
  const attempt = async () => {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('wrong-password');
    // Wait for each answer: the alert of the previous try looks the same as the next one's.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/sign-in')),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    // React resets the form once the answer is in: only then is the next try a real one.
    await expect(page.getByLabel('Password')).toHaveValue('');
  };
  const wrong = page.getByRole('alert').filter({ hasText: 'The email or password is incorrect.' });
  const tooMany = page.getByRole('alert').filter({ hasText: /Too many attempts in a short time\. Please wait \d+ seconds/ });
  // Five wrong passwords a minute are answered; the sixth in the same minute is refused. The limit
  // counts whole clock minutes: tries that straddle one start counting again, so keep on until refused.
  let answered = 0;
  for (let tries = 0; tries < 11; tries += 1) {
    await attempt();
    await expect(wrong.or(tooMany)).toBeVisible();
    if (await tooMany.isVisible()) break;
    answered += 1;
  }
  await expect(tooMany).toBeVisible();
  expect(answered).toBeGreaterThanOrEqual(5);
});
