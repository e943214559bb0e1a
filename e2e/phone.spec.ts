import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoHorizontalScroll } from './support/a11y';
import { CARDS, registerCustomer } from './support/shop';

/** A field a thumb can hit and that phones do not zoom into: 44 px tall, 16 px text, the width of the form. */
async function expectComfortableField(page: Page, field: Locator) {
  const box = (await field.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(viewport.width * 0.6);
  expect(Number.parseFloat(await field.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(16);
}

test('a customer buys an eSIM on a phone, with taps, from the home page to the QR code', async ({ page }) => {
  expect(test.info().project.use.isMobile).toBe(true);
  await page.goto('/');
  await expectNoHorizontalScroll(page);
  await page.getByLabel('Search destinations').tap();
  await page.getByLabel('Search destinations').fill('Japan');
  await page.getByRole('link', { name: /Japan/ }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'eSIM packages for Japan' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByRole('link', { name: 'Order Japan 500MB per Day' }).tap();

  await expect(page.getByRole('heading', { level: 1, name: 'Japan 500MB per Day' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  for (const label of ['Currency', 'Quantity', 'Periods', 'Email']) {
    await expectComfortableField(page, page.getByLabel(label));
  }
  await page.getByLabel('Periods').selectOption('2');
  await page.getByLabel('Email').tap();
  await page.getByLabel('Email').fill('phone@example.com');
  await expect(page.getByLabel('Email')).toHaveAttribute('inputmode', 'email');
  // Tapping the label ticks the box: a target as wide as its words.
  await page.getByText('My phone supports eSIM and is unlocked').tap();
  await expect(page.getByLabel('My phone supports eSIM and is unlocked')).toBeChecked();
  const preOrder = page.getByRole('button', { name: 'Pre-order' });
  await preOrder.scrollIntoViewIfNeeded();
  await expect(preOrder).toBeInViewport({ ratio: 1 });
  await preOrder.tap();

  await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you, your order is placed' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  for (const label of ['Card number', 'Expiry (MM/YY)', 'Security code (CVC)']) {
    const field = page.getByLabel(label);
    const box = (await field.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await expect(field).toHaveAttribute('inputmode', 'numeric');
  }
  await page.getByLabel('Card number').tap();
  await page.getByLabel('Card number').fill(CARDS.succeeds);
  await page.getByLabel('Expiry (MM/YY)').fill('12/34');
  await page.getByLabel('Security code (CVC)').fill('123');
  await page.getByRole('button', { name: /^Pay / }).tap();

  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  await expectNoHorizontalScroll(page);
  // The QR code fits the phone's screen whole, and the instructions open on Android's (the Pixel's) tab.
  const qr = page.getByTestId('esim-qr');
  await qr.scrollIntoViewIfNeeded();
  await expect(qr).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('tab', { name: 'Android' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'iPhone' }).tap();
  await expect(page.getByRole('tabpanel', { name: 'iPhone' })).toBeVisible();
  await expect(page.getByTestId('activation-code')).toHaveText(/^LPA:1\$/);
});

/** The page's layout shifts so far (Lighthouse's CLS counts the same entries), recorded from the first paint. */
async function layoutShiftOf(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const shifts = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
          resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // The observer reports nothing when nothing moved.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

test('the cached catalog pages do not move when the browser fills in the account links', async ({ page }) => {
  const visits = async (signedIn: boolean) => {
    for (const width of [412, 360, 320]) {
      await page.setViewportSize({ width, height: 820 });
      for (const path of ['/', '/countries/440']) {
        await page.goto(path);
        await expect(page.getByRole('link', { name: signedIn ? 'My eSIMs' : 'Sign in' })).toBeVisible();
        expect(await layoutShiftOf(page), `${path} at ${width} px, signed ${signedIn ? 'in' : 'out'}`).toBeLessThan(0.01);
        if (signedIn) {
          // The header's links and the sign-out button sit on one line, not a few pixels apart.
          const middle = async (item: Locator) => {
            const box = (await item.boundingBox())!;
            return box.y + box.height / 2;
          };
          const banner = page.getByRole('banner');
          const button = await middle(banner.getByRole('button', { name: 'Sign out' }));
          for (const name of ['Destinations', 'My eSIMs']) {
            expect(Math.abs((await middle(banner.getByRole('link', { name, exact: true }))) - button), `${name}, ${path} at ${width} px`).toBeLessThan(1);
          }
        }
      }
    }
  };
  await visits(false);
  await registerCustomer(page, `steady-${Date.now()}@example.com`, 'steady-password');
  await visits(true);
});
