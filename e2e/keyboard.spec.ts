import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectVisibleFocus } from './support/a11y';
import { CARDS } from './support/shop';

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/**
 * Presses a key (Tab by default) until the target has the focus, checking at every stop on the way
 * that the focus shows and is not hidden under the sticky header.
 */
async function moveFocusTo(page: Page, target: Locator, key = 'Tab', limit = 80) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (await isFocused(target)) return;
  }
  throw new Error(`${limit} presses of ${key} never reached the target`);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('a customer buys an eSIM and reaches its QR code with the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');

  // The first stop is the skip link, shown once it has the focus.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);

  const search = page.getByLabel('Search destinations');
  await moveFocusTo(page, search);
  await page.keyboard.type('Japan');
  await expect(page.getByRole('status').filter({ hasText: 'destination' })).toHaveText('1 destination');
  await moveFocusTo(page, page.getByRole('link', { name: /Japan/ }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'eSIM packages for Japan' })).toBeVisible();
  await moveFocusTo(page, page.getByRole('link', { name: 'Order Japan 500MB per Day' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Japan 500MB per Day' })).toBeVisible();
  const currency = page.getByLabel('Currency');
  await moveFocusTo(page, currency);
  // Arrow keys walk a closed select's options: from US dollars to the next currency.
  const before = await currency.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(currency).not.toHaveValue(before);
  await moveFocusTo(page, page.getByLabel('Quantity'));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Quantity')).toHaveValue('2');
  await moveFocusTo(page, page.getByLabel('Periods'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Periods')).toHaveValue('2');
  await moveFocusTo(page, page.getByLabel('Email'));
  await page.keyboard.type('keyboard@example.com');
  const tick = page.getByLabel('My phone supports eSIM and is unlocked');
  await moveFocusTo(page, tick);
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await moveFocusTo(page, page.getByRole('button', { name: 'Pre-order' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'awaiting_payment');
  await expect(page.getByTestId('order-quantity')).toHaveText('2');
  await expect(page.getByTestId('order-periods')).toHaveText('2');
  await moveFocusTo(page, page.getByLabel('Card number'));
  await page.keyboard.type(CARDS.succeeds);
  await moveFocusTo(page, page.getByLabel('Expiry (MM/YY)'));
  await page.keyboard.type('12/34');
  await moveFocusTo(page, page.getByLabel('Security code (CVC)'));
  await page.keyboard.type('123');
  await moveFocusTo(page, page.getByRole('button', { name: /^Pay / }));
  // Space presses a button just as Enter does.
  await page.keyboard.press('Space');

  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  await expect(page.getByRole('img', { name: /SM-DP\+ address rsp-0001\.linksfield\.net/ })).toBeVisible();
  const smdp = (await page.getByTestId('smdp-address').innerText()).trim();
  await moveFocusTo(page, page.getByRole('button', { name: 'Copy SM-DP+ address' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('SM-DP+ address copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(smdp);

  // The install guide's tabs: one tab stop, arrow keys between iPhone and Android.
  const iphone = page.getByRole('tab', { name: 'iPhone' });
  await moveFocusTo(page, iphone);
  await page.keyboard.press('ArrowRight');
  const android = page.getByRole('tab', { name: 'Android' });
  await expect(android).toBeFocused();
  await expect(android).toHaveAttribute('aria-selected', 'true');
  await expectVisibleFocus(page);
  await expect(page.getByRole('tabpanel', { name: 'Android' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: 'Android' })).toBeFocused();
  await expectVisibleFocus(page);

  // Back up the whole page: whatever scrolls in at the top must stay clear of the sticky header.
  await moveFocusTo(page, page.getByRole('link', { name: 'Skip to content' }), 'Shift+Tab', 120);
});

test('the sticky header never covers what gets the focus while going back up a long list', async ({ page }) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  // The destinations list is long: go down past the fold, then back up with Shift+Tab.
  const last = page.getByRole('main').getByRole('link').last();
  await moveFocusTo(page, last, 'Tab', 300);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await expect(header).toBeInViewport();
  await moveFocusTo(page, page.getByLabel('Search destinations'), 'Shift+Tab', 300);
});
