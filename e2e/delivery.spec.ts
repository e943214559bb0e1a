import { expect, test } from '@playwright/test';
import { decodeQrFromPng } from './support/qr';
import { CARDS, expireSandboxOrder, pay, preOrder, registerCustomer, sandboxOrder } from './support/shop';
import { staffContext } from './support/staff';
import type { APIRequestContext, BrowserContext } from '@playwright/test';
import { chooseLanguage } from './support/language-menu';

let staff: BrowserContext;
let request: APIRequestContext;
test.beforeAll(async ({ browser }) => {
  staff = await staffContext(browser);
  request = staff.request;
});
test.afterAll(async () => {
  await staff.close();
});

test.describe('from pre-order to an installed eSIM', () => {
  test('paying shows the eSIM with a QR code the shop rendered, which decodes to the activation code', async ({ page }) => {
    await preOrder(page, 1000000);
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'awaiting_payment');
    await pay(page, CARDS.succeeds);

    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
    await expect(page.getByRole('list', { name: 'Order progress' })).toContainText('eSIM ready');
    const code = (await page.getByTestId('activation-code').innerText()).trim();
    expect(code).toMatch(/^LPA:1\$rsp-0001\.linksfield\.net\$[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
    const [, smdp, matchingId] = code.split('$');
    await expect(page.getByTestId('smdp-address')).toHaveText(smdp!);
    await expect(page.getByTestId('matching-id')).toHaveText(matchingId!);

    // Rendered by the shop itself: an inline SVG, no image from anywhere else.
    const qr = page.getByTestId('esim-qr');
    await expect(qr.locator('svg')).toBeVisible();
    expect(decodeQrFromPng(await qr.screenshot())).toBe(code);

    // The same eSIM after a reload, from the shop's store and the provider.
    await page.reload();
    await expect(page.getByTestId('activation-code')).toHaveText(code);
  });

  test('a declined card can be retried with another card, and then the eSIM is issued', async ({ page }) => {
    await preOrder(page, 1000016);
    await pay(page, CARDS.declined);
    await expect(page.getByRole('alert').filter({ hasText: 'Your card was declined. Try another card.' })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'payment_declined');
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
    await expect(page.getByTestId('esim-qr')).toBeVisible();
  });

  test('two tabs paying the same order at once: one charge, one payment report', async ({ page, context }) => {
    const url = await preOrder(page, 1000020);
    const orderNo = await page.getByTestId('order-no').innerText();
    const other = await context.newPage();
    await other.goto(url);
    for (const tab of [page, other]) {
      await tab.getByLabel('Card number').fill(CARDS.succeeds);
      await tab.getByLabel('Expiry (MM/YY)').fill('12/34');
      await tab.getByLabel('Security code (CVC)').fill('123');
    }
    await Promise.all([page, other].map((tab) => tab.getByRole('button', { name: /^Pay / }).click()));
    for (const tab of [page, other]) {
      await tab.goto(url);
      await expect(tab.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
    }
    expect((await sandboxOrder(request, orderNo)).reports).toHaveLength(1);
  });

  test('a double click on pay sends one payment report', async ({ page }) => {
    await preOrder(page, 1000017);
    const orderNo = await page.getByTestId('order-no').innerText();
    await page.getByLabel('Card number').fill(CARDS.succeeds);
    await page.getByLabel('Expiry (MM/YY)').fill('12/34');
    await page.getByLabel('Security code (CVC)').fill('123');
    await page.getByRole('button', { name: /^Pay / }).dblclick();
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
    const order = await sandboxOrder(request, orderNo);
    expect(order.reports).toHaveLength(1);
    expect(order.reports[0]?.code).toBe(0);
    expect(order.status).toBe('paid');
  });

  test('a pre-order that times out while the customer waits: the page notices and offers to order again', async ({ page }) => {
    await preOrder(page, 1000018);
    const orderNo = await page.getByTestId('order-no').innerText();
    await expireSandboxOrder(request, (await sandboxOrder(request, orderNo)).id);
    // No reload: the status poller finds out through the shop's server.
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'timed_out', { timeout: 20_000 });
    await expect(page.getByRole('button', { name: /^Pay / })).toHaveCount(0);
    await page.getByRole('link', { name: 'Order again' }).click();
    await expect(page).toHaveURL(/\/packages\/1000018$/);
  });

  test('paying after the timeout is refused by the provider (6006), refunded, and says to order again', async ({ page }) => {
    // Keep the status poller from noticing the timeout first: this test is about paying late.
    await page.route('**/api/orders/*/status', (route) => route.abort());
    await preOrder(page, 1000019);
    const orderNo = await page.getByTestId('order-no').innerText();
    await expireSandboxOrder(request, (await sandboxOrder(request, orderNo)).id);
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'timed_out');
    await expect(page.getByTestId('order-stage')).toContainText('Your payment has been refunded.');
    expect((await sandboxOrder(request, orderNo)).reports.map((report) => report.code)).toEqual([6006]);
  });

  test('the whole delivery in Chinese', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, '简体中文');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await preOrder(page, 1000000, 'zhongwen@example.cn');
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('order-stage')).toContainText('您的 eSIM 已可安装。');
    await expect(page.getByRole('list', { name: '订单进度' })).toBeVisible();
    await expect(page.getByTestId('esim-qr')).toBeVisible();
  });
});

test.describe('customer accounts', () => {
  test('sign in, buy, and find the eSIM under My eSIMs', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('traveller@sandbox.esim-qr-mall.test');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The email or password is incorrect.' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveValue('traveller@sandbox.esim-qr-mall.test');

    await page.getByLabel('Password').fill('traveller-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/my-esims$/);
    await expect(page.getByRole('heading', { level: 1, name: 'My eSIMs' })).toBeVisible();

    await preOrder(page, 1000022, 'traveller@sandbox.esim-qr-mall.test');
    const orderNo = await page.getByTestId('order-no').innerText();
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');

    await page.getByRole('link', { name: 'My eSIMs' }).click();
    const row = page.getByRole('listitem').filter({ hasText: orderNo });
    await expect(row.getByTestId('esim-status')).toContainText('eSIM ready');
    await row.getByRole('link', { name: `Open ${orderNo}` }).click();
    await expect(page).toHaveURL(/\/my-esims\/[A-Za-z0-9_-]{22}$/);
    await expect(page.getByTestId('esim-qr')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('sign-in and My eSIMs in Chinese', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, '简体中文');
    await page.getByRole('link', { name: '登录' }).click();
    await page.getByLabel('电子邮箱').fill('traveller@sandbox.esim-qr-mall.test');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '邮箱或密码不正确。' })).toBeVisible();
    await page.getByLabel('密码').fill('traveller-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我的 eSIM' })).toBeVisible();
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page.getByRole('link', { name: '登录' })).toBeVisible();
  });

  test("another customer's eSIM is a 404, with no hint that it exists", async ({ page, browser }) => {
    const owner = `owner-${Date.now()}@example.com`;
    await registerCustomer(page, owner, 'owner-password');
    await preOrder(page, 1000000, owner);
    const ref = page.url().split('/').pop()!;

    const strangerContext = await browser.newContext();
    const stranger = await strangerContext.newPage();
    await registerCustomer(stranger, `stranger-${Date.now()}@example.com`, 'stranger-password');

    const theirs = await stranger.goto(`/my-esims/${ref}`);
    expect(theirs?.status()).toBe(404);
    const theirsText = await theirs?.text();
    const missing = await stranger.goto('/my-esims/AAAAAAAAAAAAAAAAAAAAAA');
    expect(missing?.status()).toBe(404);
    // Same page either way: nothing tells the stranger that the first one exists.
    expect(theirsText).not.toContain(owner);
    await expect(stranger.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await strangerContext.close();
  });
});
