import { expect, OrderPage, PackagePage, test } from './support/pages';
import { chooseLanguage } from './support/language-menu';

test.describe('purchase on the built-in sandbox', () => {
  test('an English customer finds Japan, pre-orders a day pack in yen and sees the confirmation', async ({ page, home, country, packagePage, orderPage }) => {
    await home.goto();
    await expect(home.heading).toHaveText('Where are you travelling?');
    await home.searchFor('440');
    await expect(home.resultCount).toHaveText('1 destination');
    await home.openDestination(/Japan/);

    await expect(country.heading).toHaveText('eSIM packages for Japan');
    await country.openPackage('Japan 500MB per Day');

    await expect(packagePage.heading).toHaveText('Japan 500MB per Day');
    const form = packagePage.orderForm;
    await form.fill({ currency: 'JPY', quantity: '2', periods: '3', email: 'traveller@example.com' });
    // 300 yen a day x 3 days x 2 eSIMs, yen have no decimals.
    await expect(form.total).toHaveText('¥1,800');
    await page.screenshot({ path: 'docs/screenshots/package-page.png', fullPage: true });

    await form.preOrder();
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you, your order is placed' })).toBeVisible();
    await expect(orderPage.orderNo).toHaveText(/^ESIM_L\d{15}$/);
    await expect(orderPage.amount).toHaveText('¥1,800');
    await expect(orderPage.clientId).not.toBeEmpty();
    await expect(orderPage.quantity).toHaveText('2');
    await expect(orderPage.periods).toHaveText('3');
    await expect(page.getByText('Japan 500MB per Day')).toBeVisible();
  });

  test('a Chinese customer buys through the Chinese interface and the provider answers in Chinese', async ({ page, home, country, packagePage, orderPage }) => {
    await page.goto('/');
    await chooseLanguage(page, '简体中文');
    await expect(home.heading).toHaveText('您要去哪里旅行？');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await home.searchFor('日本');
    await home.openDestination(/日本/);
    await expect(country.heading).toHaveText('日本 eSIM 套餐');
    await page.getByRole('link', { name: /^下单 日本.*1GB/ }).click();

    const form = packagePage.orderForm;
    await expect(form.currency).toHaveAccessibleName('币种');
    await expect(form.currency).toHaveValue('CNY');
    await expect(form.email).toHaveAccessibleName('电子邮箱');
    await form.fill({ email: 'lvke@example.cn' });
    await expect(form.submit).toHaveAccessibleName('预订');
    await form.preOrder();

    await expect(page.getByRole('heading', { level: 1, name: '谢谢，您的订单已提交' })).toBeVisible();
    await expect(orderPage.amount).toHaveText('¥29.00');
    // The package name comes from the provider's answer, asked for in Chinese.
    await expect(page.getByText(/^日本.*1GB/)).toBeVisible();
  });

  test('the confirmation is read from the shop store: reload, another tab, another visit', async ({ page, context, browser, packagePage, orderPage }) => {
    await page.goto('/packages/1000000');
    await packagePage.orderForm.fill({ email: 'again@example.com' });
    await packagePage.orderForm.submit.click();
    await expect(page).toHaveURL(/\/orders\//);
    const orderNo = await orderPage.orderNo.innerText();
    const clientId = await orderPage.clientId.innerText();
    expect(orderNo).toMatch(/^ESIM_L/);

    await page.reload();
    await expect(orderPage.orderNo).toHaveText(orderNo);

    const tab = new OrderPage(await context.newPage());
    await tab.goto(orderPage.ref());
    await expect(tab.orderNo).toHaveText(orderNo);
    await expect(tab.clientId).toHaveText(clientId);

    // A fresh browser with no cookies or memory of the order.
    const stranger = await browser.newContext();
    const later = new OrderPage(await stranger.newPage());
    await later.goto(orderPage.ref());
    await expect(later.orderNo).toHaveText(orderNo);
    await expect(later.amount).toHaveText('$5.00');
    await stranger.close();
  });

  test('the order time is shown in the customer time zone and the ids can be copied', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo', locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const form = new PackagePage(page).orderForm;
    const order = new OrderPage(page);
    await page.goto('/packages/1000000');
    await form.fill({ email: 'tokyo@example.com' });
    await form.submit.click();
    await expect(page.locator('time')).toHaveText(/GMT\+9/);

    const orderNo = await order.orderNo.innerText();
    await page.getByRole('button', { name: 'Copy Order number' }).click();
    await expect(page.getByText('Order number copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(orderNo);
    await context.close();
  });

  test('an unknown order reference is a plain 404', async ({ page }) => {
    for (const ref of ['AAAAAAAAAAAAAAAAAAAAAA', '1055200093', '..%2F..%2Fetc']) {
      const response = await page.goto(`/orders/${ref}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
  });
});
