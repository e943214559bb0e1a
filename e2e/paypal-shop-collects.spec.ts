import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { message } from './support/messages';
import { chooseInPayPal, payPalSection, payPalStandIn, payWithPayPal, sandboxReports } from './support/paypal';
import { confirmCompatible, orderFormReady } from './support/shop';
import { SANDBOX_STAFF_PASSWORD } from './support/staff';
import { startShop, type ShopProcess } from './support/shop-process';
import { E2E_PORT } from './test-config';

/**
 * The shop collecting with its own PayPal REST pair (the stand-in's, on the built-in sandbox): the
 * server creates, captures, checks and refunds. A shop of the same build on its own port, data and
 * sandbox, so its PayPal is the only one these tests see.
 */
const PORT = Number(process.env.PAYPAL_PORT ?? E2E_PORT + 40);
const CLIENT_SECRET = 'sandbox-shop-paypal-client-secret';
const SHOP_SETTINGS = [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!);

let shop: ShopProcess;
let dataDir: string;
let staff: BrowserContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  dataDir = mkdtempSync(join(tmpdir(), 'shop-paypal-'));
  shop = await startShop(PORT, {
    ...Object.fromEntries(SHOP_SETTINGS.map((name) => [name, ''])),
    SHOP_DATA_DIR: dataDir,
    PAYPAL_CLIENT_ID: 'sandbox-shop-paypal-client-id',
    PAYPAL_CLIENT_SECRET: CLIENT_SECRET,
    // Named by its absolute address, as PayPal's own would be: the payment page's policy must allow its origin.
    PAYPAL_SDK_BASE_URL: `http://127.0.0.1:${PORT}/api/sandbox/paypal/sdk/js`,
    RECOVERY_INTERVAL_MS: '1000',
  });
  staff = await browser.newContext({ baseURL: shop.url });
  const page = await staff.newPage();
  await page.goto('/staff/sign-in');
  await page.getByLabel('Staff password').fill(SANDBOX_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in to the console' }).click();
  await expect(page).toHaveURL(/\/staff$/);
});

test.afterAll(async () => {
  await staff?.close();
  await shop?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test.use({ baseURL: `http://127.0.0.1:${PORT}` });

async function order(page: Page, packageId: number): Promise<{ ref: string; orderNo: string }> {
  await page.goto(`/packages/${packageId}`);
  await orderFormReady(page);
  await page.getByLabel('Email').fill('paypal-shop@example.com');
  await confirmCompatible(page);
  await page.getByRole('button', { name: 'Pre-order' }).click();
  await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
  return { ref: page.url().split('/').pop()!, orderNo: await page.getByTestId('order-no').innerText() };
}

/** The stand-in's PayPal orders the shop created for one order (their reference is the order's). */
async function payPalOrdersOf(ref: string) {
  const view = await payPalStandIn(staff.request);
  const orders = view.orders.filter((candidate) => candidate.referenceId === ref);
  const captures = view.captures.filter((capture) => orders.some((candidate) => candidate.id === capture.orderId));
  return { orders, captures };
}

const control = async (data: Record<string, unknown>) => {
  const response = await staff.request.post('/api/sandbox-control', { headers: { origin: shop.url }, data });
  expect(response.ok(), await response.text()).toBe(true);
};

const esimReady = message('en', 'stage.esim_ready');

test('approved, the server captures once for the pre-order amount and reports it; staff see the PayPal ids and calls, never the secret', async ({ page }) => {
  // Everything the customer's browser receives, read whole before the check.
  const reads: Promise<{ url: string; method: string; text: string } | null>[] = [];
  page.on('response', (response) => {
    const { url, method } = { url: response.url(), method: response.request().method() };
    reads.push(response.body().then((body) => ({ url, method, text: body.toString('utf8') }), () => null));
  });
  const { ref, orderNo } = await order(page, 1000001);
  await payWithPayPal(page, 'approve');
  await expect(page.getByText(esimReady)).toBeVisible({ timeout: 20_000 });
  const received = (await Promise.all(reads)).filter((body) => body !== null);
  // The order page (the pre-order action's answer, rendered with the PayPal settings) and the SDK were read.
  expect(received.some((body) => body.method === 'POST' && body.url.includes('/packages/1000001'))).toBe(true);
  expect(received.some((body) => body.url.includes('/paypal/sdk/js?client-id=sandbox-shop-paypal-client-id'))).toBe(true);
  expect(received.filter((body) => body.text.includes(CLIENT_SECRET)).map((body) => body.url)).toEqual([]);

  const { orders, captures } = await payPalOrdersOf(ref);
  expect(orders.map((candidate) => candidate.merchant)).toEqual(['sandbox-shop-paypal-client-id']);
  expect(captures).toEqual([expect.objectContaining({ status: 'COMPLETED', amount: orders[0]!.amount })]);
  expect(orders[0]!.amount.currency_code).toBe('USD');
  const reports = await sandboxReports(staff.request, orderNo);
  expect(reports).toHaveLength(1);
  expect(reports[0]!.body.paypalId).toBe(captures[0]!.id);

  const view = await staff.newPage();
  await view.goto(`/staff/orders/${ref}`);
  await expect(view.getByTestId('payment-paypal-order')).toHaveText(orders[0]!.id);
  await expect(view.getByTestId('payment-capture')).toHaveText(captures[0]!.id);
  await view.goto(`/staff/calls?endpoint=${encodeURIComponent('paypal /v2/checkout/orders/{id}/capture')}`);
  await expect(view.getByTestId('call-row')).not.toHaveCount(0);
  const exported = await staff.request.get('/api/staff/export?format=json');
  const text = await exported.text();
  expect(text).toContain('paypal /v1/oauth2/token');
  expect(text).not.toContain(CLIENT_SECRET);
  await view.close();
});

test("the payment page alone lets the SDK's origin in: scripts, calls, frames and images", async ({ page }) => {
  const { ref } = await order(page, 1000005);
  const policy = (path: string) => page.request.get(path).then((response) => response.headers()['content-security-policy'] ?? '');
  const directive = (csp: string, name: string) => csp.split('; ').find((entry) => entry.startsWith(`${name} `)) ?? '';
  const paymentPage = await policy(`/orders/${ref}`);
  for (const name of ['script-src', 'connect-src', 'frame-src', 'child-src', 'img-src']) {
    expect(directive(paymentPage, name), name).toContain(`http://127.0.0.1:${PORT}`);
  }
  for (const path of ['/sign-in', '/staff/sign-in', `/orders/${ref}/nothing-here`]) {
    expect(await policy(path), path).not.toContain(`127.0.0.1:${PORT}`);
  }
  await expect(page.getByRole('button', { name: 'PayPal', exact: true })).toBeVisible();
});

test('two tabs and a double click give one capture and one report', async ({ page, context }) => {
  const { ref, orderNo } = await order(page, 1000002);
  const other = await context.newPage();
  await other.goto(page.url());
  await page.getByRole('button', { name: 'PayPal', exact: true }).dblclick();
  await other.getByRole('button', { name: 'PayPal', exact: true }).click();
  await chooseInPayPal(page, 'approve');
  await chooseInPayPal(other, 'approve');
  await expect(page.getByText(esimReady)).toBeVisible({ timeout: 20_000 });
  await other.reload();
  await expect(other.getByText(esimReady)).toBeVisible({ timeout: 20_000 });
  const { captures } = await payPalOrdersOf(ref);
  expect(captures.filter((capture) => capture.status === 'COMPLETED')).toHaveLength(1);
  expect(await sandboxReports(staff.request, orderNo)).toHaveLength(1);
});

test('a held capture shows "payment pending" until PayPal completes it, then the eSIM', async ({ page }) => {
  const { ref, orderNo } = await order(page, 1000003);
  await payWithPayPal(page, 'pending');
  await expect(page.getByText(message('en', 'stage.payment_pending'))).toBeVisible({ timeout: 20_000 });
  expect(await sandboxReports(staff.request, orderNo)).toHaveLength(0);
  const [held] = (await payPalOrdersOf(ref)).captures;
  expect(held?.status).toBe('PENDING');
  // Staff settle it from the console, as PayPal would after its review.
  const console_ = await staff.newPage();
  await console_.goto('/staff');
  const settle = console_.getByRole('form', { name: 'Settle a PayPal capture held for review' });
  await settle.getByLabel('Held capture').selectOption(held!.id);
  await settle.getByLabel("PayPal's decision").selectOption('COMPLETED');
  await settle.getByRole('button', { name: 'Apply scenario' }).click();
  await expect.poll(async () => (await payPalOrdersOf(ref)).captures[0]?.status).toBe('COMPLETED');
  await console_.close();
  await expect(page.getByText(esimReady)).toBeVisible({ timeout: 30_000 });
  expect(await sandboxReports(staff.request, orderNo)).toHaveLength(1);
});

test('a capture the provider refuses (no eSIM free, code 3005) is refunded once at PayPal', async ({ page }) => {
  const { ref, orderNo } = await order(page, 1000004);
  await control({ action: 'forceCode', path: '/v1.1/payment/webhook', code: 3005, count: 1 });
  await payWithPayPal(page, 'approve');
  await expect(page.getByText(message('en', 'stage.sold_out'))).toBeVisible({ timeout: 20_000 });
  const { captures } = await payPalOrdersOf(ref);
  expect(captures).toEqual([expect.objectContaining({ status: 'REFUNDED' })]);
  const { refunds } = await payPalStandIn(staff.request);
  expect(refunds.filter((refund) => refund.captureId === captures[0]!.id)).toEqual([
    expect.objectContaining({ amount: captures[0]!.amount }),
  ]);
  // The one report was refused (the forced answer used up), and the provider recorded none.
  const after = (await (await staff.request.get('/api/sandbox-control')).json()) as { forcedCodes: unknown[] };
  expect(after.forcedCodes).toEqual([]);
  expect(await sandboxReports(staff.request, orderNo)).toEqual([]);
  await page.reload();
  await expect(page.getByText(message('en', 'stage.sold_out'))).toBeVisible();
  await expect(payPalSection(page)).toHaveCount(0);
});
