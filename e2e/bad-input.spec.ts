import { expect, test, type Page } from '@playwright/test';
import { signInStaff } from './support/staff';
import { chooseLanguage } from './support/language-menu';
import { confirmCompatible } from './support/shop';

/**
 * Every refused form: a clear message, the customer's input kept, and no pre-order at the provider.
 * These tests alone order package 1000021, so the sandbox's count for it must stay at zero.
 */
const PACKAGE_ID = 1000021;
const PACKAGE_PATH = `/packages/${PACKAGE_ID}`;

async function preOrderCount(page: Page): Promise<number> {
  await signInStaff(page);
  const response = await page.request.get('/api/sandbox-control');
  expect(response.ok()).toBe(true);
  const snapshot = (await response.json()) as { orders: { packageId: number }[] };
  return snapshot.orders.filter((order) => order.packageId === PACKAGE_ID).length;
}

async function openForm(page: Page) {
  await page.goto(PACKAGE_PATH);
  await expect(page.getByRole('button', { name: 'Pre-order' })).toBeEnabled();
  await page.getByLabel('Email').fill('traveller@example.com');
  await confirmCompatible(page);
}

async function submitAndExpectRefusal(page: Page, message: string | RegExp) {
  await page.getByRole('button', { name: 'Pre-order' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your order was not placed' })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${PACKAGE_PATH}$`));
}

test.describe.configure({ mode: 'serial' });

test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  expect(await preOrderCount(page)).toBe(0);
  await page.close();
});

const quantityCases: [string, string][] = [
  ['zero', '0'],
  ['negative', '-3'],
  ['fractional', '1.5'],
  ['huge', '999999'],
];
for (const [name, value] of quantityCases) {
  test(`quantity ${name} (${value}) is refused next to the field and kept`, async ({ page }) => {
    await openForm(page);
    await page.getByLabel('Quantity').fill(value);
    await submitAndExpectRefusal(page, 'Choose a quantity from 1 to 10.');
    await expect(page.getByLabel('Quantity')).toHaveValue(value);
    await expect(page.getByLabel('Quantity')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email')).toHaveValue('traveller@example.com');
  });
}

test('the "my phone supports eSIM" tick is required: unticked, the form is refused next to it and kept', async ({ page }) => {
  await openForm(page);
  const tick = page.getByLabel('My phone supports eSIM and is unlocked');
  await expect(tick).toBeChecked();
  await tick.uncheck();
  await page.getByLabel('Quantity').fill('2');
  const error = 'Tick this box to confirm that your phone supports eSIM and is unlocked: an eSIM cannot be installed without both.';
  await submitAndExpectRefusal(page, error);
  await expect(tick).not.toBeChecked();
  await expect(tick).toHaveAttribute('aria-invalid', 'true');
  await expect(tick).toHaveAccessibleDescription(error);
  await expect(page.getByLabel('Quantity')).toHaveValue('2');
  await expect(page.getByLabel('Email')).toHaveValue('traveller@example.com');
});

test('a quantity that is not a number is refused', async ({ page }) => {
  await openForm(page);
  // The number input will not take letters from the keyboard: change it the way a script would.
  await page.getByLabel('Quantity').evaluate((input: HTMLInputElement) => (input.type = 'text'));
  await page.getByLabel('Quantity').fill('ten');
  await submitAndExpectRefusal(page, 'Choose a quantity from 1 to 10.');
});

test('an invalid email is refused and described by its error', async ({ page }) => {
  await openForm(page);
  await page.getByLabel('Email').fill('not-an-email');
  await submitAndExpectRefusal(page, 'Enter a valid email address, like name@example.com.');
  const describedBy = await page.getByLabel('Email').getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect(page.getByLabel('Email')).toHaveValue('not-an-email');
});

test('an empty email is refused', async ({ page }) => {
  await openForm(page);
  await page.getByLabel('Email').fill('');
  await submitAndExpectRefusal(page, 'Enter a valid email address, like name@example.com.');
});

test('script in the email is refused and never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await openForm(page);
  await page.getByLabel('Email').fill('<script>alert(1)</script>');
  await submitAndExpectRefusal(page, 'Enter a valid email address, like name@example.com.');
  expect(dialogs).toBe(0);
});

test('a currency the package does not offer is refused', async ({ page }) => {
  await openForm(page);
  await page.getByLabel('Currency').evaluate((select: HTMLSelectElement) => select.add(new Option('EUR', 'EUR')));
  await page.getByLabel('Currency').selectOption('EUR');
  await submitAndExpectRefusal(page, /This package is not sold in that currency/);
});

test('a period count out of range is refused', async ({ page }) => {
  await openForm(page);
  await page.getByLabel('Periods').evaluate((select: HTMLSelectElement) => select.add(new Option('31', '31')));
  await page.getByLabel('Periods').selectOption('31');
  await submitAndExpectRefusal(page, 'Choose between 1 and 30 periods for this package.');
});

test('a tampered hidden package code is refused', async ({ page }) => {
  await openForm(page);
  await page.locator('input[name="packageCode"]').evaluate((input: HTMLInputElement) => (input.value = 'LP20220325000000'));
  await submitAndExpectRefusal(page, /This order form was changed or is out of date/);
});

test('a package id that does not exist is refused', async ({ page }) => {
  await openForm(page);
  await page.locator('input[name="packageId"]').evaluate((input: HTMLInputElement) => (input.value = '999999999'));
  await submitAndExpectRefusal(page, 'This package is no longer available. Choose another package.');
});

test('a price sent from the browser is refused', async ({ page }) => {
  await openForm(page);
  await page.getByRole('form', { name: 'Order' }).evaluate((form: HTMLFormElement) => {
    const money = document.createElement('input');
    money.type = 'hidden';
    money.name = 'money';
    money.value = '0.01';
    form.append(money);
  });
  await submitAndExpectRefusal(page, /Prices are computed by the shop/);
});

test('after a refusal the form stays usable and the message is in the current language', async ({ page }) => {
  await page.goto('/');
  await chooseLanguage(page, '简体中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.goto(PACKAGE_PATH);
  await page.getByLabel('电子邮箱').fill('x@');
  await page.getByRole('button', { name: '预订' }).click();
  await expect(page.getByText('请输入有效的电子邮箱，例如 name@example.com。')).toBeVisible();
  await expect(page.getByRole('button', { name: '预订' })).toBeEnabled();
});
