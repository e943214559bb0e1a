import { expect, test, type Page } from '@playwright/test';
import { confirmCompatible, CARDS, pay, registerCustomer } from './support/shop';
import { signInStaff } from './support/staff';

/**
 * The README's pictures of the main pages, taken by this run: on a desktop (project `chromium`)
 * and on a phone (project `phone`). Each shows the top of its page as that screen does.
 */
const SCREENSHOTS_DIR = 'docs/screenshots';

async function shoot(page: Page, name: string) {
  const device = test.info().project.name === 'phone' ? 'phone' : 'desktop';
  // Fonts and images settle before the picture, and no caret blinks in it.
  await page.evaluate(() => document.fonts.ready);
  // Lazy images (the destinations' flags) in view have loaded; those below it have not started.
  await page.waitForFunction(() =>
    [...document.images].every((img) => img.complete || img.getBoundingClientRect().top > window.innerHeight),
  );
  await page.screenshot({ path: `${SCREENSHOTS_DIR}/${device}-${name}.png`, scale: 'css', animations: 'disabled' });
}

test('the main pages, photographed for the README', async ({ page, browser }) => {
  const email = `screenshots-${test.info().project.name}-${Date.now()}@example.com`;
  await registerCustomer(page, email, 'screenshot-password');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Where are you travelling?' })).toBeVisible();
  await shoot(page, 'home');

  await page.goto('/countries/440');
  await expect(page.getByRole('heading', { level: 1, name: 'eSIM packages for Japan' })).toBeVisible();
  await shoot(page, 'country');

  await page.goto('/packages/1000000');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await shoot(page, 'package');

  await confirmCompatible(page);

  await page.getByRole('button', { name: 'Pre-order' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you, your order is placed' })).toBeVisible();
  // PayPal's buttons replace the words shown before scripts run once its SDK has loaded: wait for them.
  await expect(page.getByRole('button', { name: 'PayPal', exact: true })).toBeVisible();
  await shoot(page, 'order');

  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  const esim = page.getByTestId('esim-details');
  await esim.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect(page.getByTestId('esim-qr')).toBeInViewport();
  await shoot(page, 'esim');

  await page.goto('/my-esims');
  await expect(page.getByRole('heading', { level: 1, name: 'My eSIMs' })).toBeVisible();
  await expect(page.getByTestId('esim-status')).toHaveText(/eSIM ready/);
  await shoot(page, 'my-esims');

  // Contexts opened here get the project's device too (viewport, touch, user agent).
  const staff = await browser.newContext();
  const console_ = await staff.newPage();
  await signInStaff(console_);
  await expect(console_.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(console_, 'staff');
  await staff.close();
});
