import { expect, test } from '@playwright/test';

test('switching the currency updates every price and is remembered', async ({ page }) => {
  await page.goto('/packages/1000016');
  const currency = page.getByLabel('Currency');
  await expect(currency).toHaveValue('USD');
  await expect(page.getByTestId('price-per-period')).toHaveText('$3.99');
  await expect(page.getByTestId('order-total')).toHaveText('$3.99');

  await currency.selectOption('JPY');
  await expect(page.getByTestId('price-per-period')).toHaveText('¥600');
  await page.getByLabel('Quantity').fill('3');
  await expect(page.getByTestId('order-total')).toHaveText('¥1,800');

  await currency.selectOption('HKD');
  await expect(page.getByTestId('price-per-period')).toHaveText('HK$31.99');
  await expect(page.getByTestId('order-total')).toHaveText('HK$95.97');

  // Every currency the package offers, and no other.
  await expect(currency.locator('option')).toHaveText([/^USD/, /^JPY/, /^CNY/, /^HKD/]);

  await currency.selectOption('JPY');
  await page.reload();
  await expect(page.getByLabel('Currency')).toHaveValue('JPY');
  await page.goto('/countries/440');
  await expect(page.getByRole('article').filter({ hasText: 'Japan 1GB 7 Days' })).toContainText('¥600');
});

test('the country page sorts by price and data, and filters by volume', async ({ page }) => {
  await page.goto('/countries/440');
  const names = page.getByRole('article').getByRole('heading', { level: 2 });
  await page.getByLabel('Sort by').selectOption('data-desc');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/sort=data-desc/);
  await expect(names.first()).toHaveText(/Unlimited/);

  await page.getByLabel('Sort by').selectOption('price-asc');
  await page.getByLabel('Data', { exact: true }).selectOption({ label: '1 GB' });
  await page.getByRole('button', { name: 'Apply' }).click();
  // A plain GET form: wait for the filtered page before reading it.
  await expect(page).toHaveURL(/data=1024/);
  await expect(names.first()).toContainText('1GB');
  const texts = await names.allInnerTexts();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).toMatch(/1GB/);
});
