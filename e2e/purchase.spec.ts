import { expect, test } from '@playwright/test';
import { chooseLanguage } from './support/language-menu';
import { confirmCompatible } from './support/shop';

test.describe('purchase on the built-in sandbox', () => {
  test('an English customer finds Japan, pre-orders a day pack in yen and sees the confirmation', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Where are you travelling?' })).toBeVisible();
    await page.getByLabel('Search destinations').fill('440');
    await expect(page.getByRole('status').filter({ hasText: 'destination' })).toHaveText('1 destination');
    await page.getByRole('link', { name: /Japan/ }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'eSIM packages for Japan' })).toBeVisible();
    await page.getByRole('link', { name: 'View Japan 500MB per Day' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Japan 500MB per Day' })).toBeVisible();
    await page.getByLabel('Currency').selectOption('JPY');
    await page.getByLabel('Quantity').fill('2');
    await page.getByLabel('Periods').selectOption('3');
    await page.getByLabel('Email').fill('traveller@example.com');
    // 300 yen a day x 3 days x 2 eSIMs, yen have no decimals.
    await expect(page.getByTestId('order-total')).toHaveText('¥1,800');
    await page.screenshot({ path: 'docs/screenshots/package-page.png', fullPage: true });

    await confirmCompatible(page);

    await page.getByRole('button', { name: 'Pre-order' }).click();
    await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you, your order is placed' })).toBeVisible();
    await expect(page.getByTestId('order-no')).toHaveText(/^ESIM_L\d{15}$/);
    await expect(page.getByTestId('order-amount')).toHaveText('¥1,800');
    await expect(page.getByTestId('client-id')).not.toBeEmpty();
    await expect(page.getByTestId('order-quantity')).toHaveText('2');
    await expect(page.getByTestId('order-periods')).toHaveText('3');
    await expect(page.getByText('Japan 500MB per Day')).toBeVisible();
  });

  test('a Chinese customer buys through the Chinese interface and the provider answers in Chinese', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, '简体中文');
    await expect(page.getByRole('heading', { level: 1, name: '您要去哪里旅行？' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.getByLabel('搜索目的地').fill('日本');
    await page.getByRole('link', { name: /日本/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: '日本 eSIM 套餐' })).toBeVisible();
    await page.getByRole('link', { name: /^查看 日本.*1GB/ }).click();

    await expect(page.getByLabel('币种')).toHaveValue('CNY');
    await page.getByLabel('电子邮箱').fill('lvke@example.cn');
    await page.getByLabel('我的手机支持 eSIM 且已解锁').check();
    await page.getByRole('button', { name: '预订' }).click();

    await expect(page.getByRole('heading', { level: 1, name: '谢谢，您的订单已提交' })).toBeVisible();
    await expect(page.getByTestId('order-amount')).toHaveText('¥29.00');
    // The package name comes from the provider's answer, asked for in Chinese.
    await expect(page.getByText(/^日本.*1GB/)).toBeVisible();
  });

  test('the confirmation is read from the shop store: reload, another tab, another visit', async ({ page, context, browser }) => {
    await page.goto('/packages/1000000');
    await page.getByLabel('Email').fill('again@example.com');
    await confirmCompatible(page);
    await page.getByRole('button', { name: 'Pre-order' }).click();
    await expect(page).toHaveURL(/\/orders\//);
    const orderNo = await page.getByTestId('order-no').innerText();
    const clientId = await page.getByTestId('client-id').innerText();
    expect(orderNo).toMatch(/^ESIM_L/);

    await page.reload();
    await expect(page.getByTestId('order-no')).toHaveText(orderNo);

    const tab = await context.newPage();
    await tab.goto(page.url());
    await expect(tab.getByTestId('order-no')).toHaveText(orderNo);
    await expect(tab.getByTestId('client-id')).toHaveText(clientId);

    // A fresh browser with no cookies or memory of the order.
    const stranger = await browser.newContext();
    const later = await stranger.newPage();
    await later.goto(page.url());
    await expect(later.getByTestId('order-no')).toHaveText(orderNo);
    await expect(later.getByTestId('order-amount')).toHaveText('$5.00');
    await stranger.close();
  });

  test('the order time is shown in the customer time zone and the ids can be copied', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'Asia/Tokyo', locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto('/packages/1000000');
    await page.getByLabel('Email').fill('tokyo@example.com');
    await confirmCompatible(page);
    await page.getByRole('button', { name: 'Pre-order' }).click();
    await expect(page.locator('time')).toHaveText(/GMT\+9/);

    const orderNo = await page.getByTestId('order-no').innerText();
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
