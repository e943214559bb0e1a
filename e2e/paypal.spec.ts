import { expect, test, type BrowserContext } from '@playwright/test';
import { message } from './support/messages';
import { chooseInPayPal, payPalSection, payPalStandIn, payWithPayPal, sandboxReports } from './support/paypal';
import { CARDS, preOrder } from './support/shop';
import { staffContext } from './support/staff';

/**
 * Paying with PayPal on the built-in sandbox, the provider collecting (the default): the buttons
 * load the pre-order's clientId from the sandbox's stand-in of PayPal's SDK, the browser creates and
 * captures, and the shop checks and reports the capture. Each test orders its own package.
 */
let staff: BrowserContext;
test.beforeAll(async ({ browser }) => {
  staff = await staffContext(browser);
});
test.afterAll(async () => {
  await staff.close();
});

const esimReady = message('en', 'stage.esim_ready');

async function orderNo(page: import('@playwright/test').Page) {
  return page.getByTestId('order-no').innerText();
}

test('both ways to pay are offered; approving in PayPal pays once, reports the capture id, and shows the eSIM', async ({ page }) => {
  await preOrder(page, 1000001, 'paypal-approve@example.com');
  await expect(payPalSection(page)).toBeVisible();
  await expect(page.getByLabel(message('en', 'payment.cardNumber'))).toBeVisible();
  await expect(page.getByRole('button', { name: 'PayPal', exact: true })).toBeVisible();
  await expect(page.getByText(message('en', 'payment.paypal.needsJavaScript'))).toHaveCount(0);
  // Nothing is awaited from the provider before a payment: no waiting words, no "Check now".
  await expect(page.getByText(message('en', 'stage.stillChecking'))).toHaveCount(0);
  await expect(page.getByRole('button', { name: message('en', 'stage.checkNow') })).toHaveCount(0);
  await payWithPayPal(page, 'approve');
  await expect(page.getByText(esimReady)).toBeVisible({ timeout: 20_000 });
  await expect(payPalSection(page)).toHaveCount(0);

  const reports = await sandboxReports(staff.request, await orderNo(page));
  expect(reports).toHaveLength(1);
  expect(reports[0]).toMatchObject({ code: 0, body: { type: 'payment_intent.succeeded' } });
  // As the documentation's example writes it: a string.
  expect(typeof reports[0]!.body.orderId).toBe('string');
  // The report's paypalId is the capture PayPal made for this order's amount, under the provider's client id.
  const clientId = await page.getByTestId('client-id').innerText();
  const ref = new URL(page.url()).pathname.split('/').pop();
  const standIn = await payPalStandIn(staff.request);
  const orders = standIn.orders.filter((candidate) => candidate.referenceId === ref);
  expect(orders).toEqual([expect.objectContaining({ status: 'COMPLETED', merchant: clientId })]);
  const capture = standIn.captures.find((candidate) => candidate.id === orders[0]!.captureId);
  expect(capture).toMatchObject({ status: 'COMPLETED', amount: { currency_code: 'USD' } });
  expect(reports[0]!.body.paypalId).toBe(capture!.id);
});

test('cancelling in PayPal charges nothing and leaves the order to pay again', async ({ page }) => {
  await preOrder(page, 1000002, 'paypal-cancel@example.com');
  await payWithPayPal(page, 'cancel');
  await expect(payPalSection(page).getByRole('alert')).toContainText(message('en', 'payment.paypal.cancelled'));
  expect(await sandboxReports(staff.request, await orderNo(page))).toHaveLength(0);
  await payWithPayPal(page, 'approve');
  await expect(page.getByText(esimReady)).toBeVisible({ timeout: 20_000 });
});

test('a declined funding source reopens PayPal for the same order; another source pays', async ({ page }) => {
  await preOrder(page, 1000003, 'paypal-declined@example.com');
  await payWithPayPal(page, 'decline');
  // actions.restart(): PayPal's window comes back at once, the words say why.
  await expect(payPalSection(page).getByRole('alert')).toContainText(message('en', 'payment.paypal.declined'));
  await chooseInPayPal(page, 'approve');
  await expect(page.getByText(esimReady)).toBeVisible({ timeout: 20_000 });
  expect(await sandboxReports(staff.request, await orderNo(page))).toHaveLength(1);
});

test('a capture PayPal holds shows "payment pending", reports nothing and never shows the eSIM', async ({ page }) => {
  await preOrder(page, 1000004, 'paypal-pending@example.com');
  await payWithPayPal(page, 'pending');
  await expect(page.getByText(message('en', 'stage.payment_pending'))).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByText(message('en', 'stage.payment_pending'))).toBeVisible();
  await expect(page.getByText(esimReady)).toHaveCount(0);
  await expect(payPalSection(page)).toHaveCount(0);
  expect(await sandboxReports(staff.request, await orderNo(page))).toHaveLength(0);
});

test('in Chinese, the PayPal words are Chinese', async ({ page, context }) => {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'zh-HK', url: new URL(page.url() === 'about:blank' ? test.info().project.use.baseURL! : page.url()).origin }]);
  await preOrder(page, 1000005, 'paypal-zh@example.com');
  await expect(payPalSection(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: message('zh-HK', 'payment.paypal.title') })).toBeVisible();
  await payWithPayPal(page, 'cancel');
  await expect(payPalSection(page).getByRole('alert')).toContainText(message('zh-HK', 'payment.paypal.cancelled'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says PayPal needs JavaScript, and the card still pays', async ({ page, browser }) => {
    const withScript = await browser.newContext({ javaScriptEnabled: true });
    const url = await preOrder(await withScript.newPage(), 1000006, 'paypal-nojs@example.com');
    await withScript.close();
    await page.goto(url);
    await expect(page.getByText(message('en', 'payment.paypal.needsJavaScript'))).toBeVisible();
    await page.getByLabel(message('en', 'payment.cardNumber')).fill(CARDS.succeeds);
    await page.getByLabel(message('en', 'payment.expiry')).fill('12/34');
    await page.getByLabel(message('en', 'payment.cvc')).fill('123');
    await page.getByRole('button', { name: /^Pay / }).click();
    await expect(page.getByRole('button', { name: 'PayPal', exact: true })).toHaveCount(0);
    await expect(page.getByText(message('en', 'payment.paypal.needsJavaScript'))).toHaveCount(0);
  });
});
