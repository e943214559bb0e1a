import { expect, test } from '@playwright/test';
import { locales } from '@/lib/i18n/locales';
import { languageMenu } from './support/language-menu';

test('every page links to the accessibility statement, which says what is tested and how', async ({ page }) => {
  await page.goto('/packages/1000000');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();

  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  for (const name of ['The standard we aim for', 'What we test, and how', 'Known limitations', 'Tell us about a barrier']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText('WCAG) 2.2 at level AA')).toBeVisible();
  await expect(page.getByText(/wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa/)).toBeVisible();
  // Every language the shop offers is named, each in itself, as the language switch names it.
  await languageMenu(page).click();
  const names = await page.getByRole('form', { name: 'Language' }).getByRole('button').allInnerTexts();
  expect(names).toHaveLength(locales.length);
  await expect(page.getByText(/^Languages: /)).toContainText(names.join(', '));
  await expect(page.getByRole('main').getByRole('link', { name: 'support@esim-qr-mall.test' })).toHaveAttribute(
    'href',
    'mailto:support@esim-qr-mall.test',
  );
});

test("every page's footer says where to write for help: the messages about a failed order say to contact support", async ({ page }) => {
  // Cached pages and pages rendered per request alike.
  for (const path of ['/', '/countries/440', '/packages/1000000', '/sign-in']) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer, path).toContainText('Help with an order: support@esim-qr-mall.test');
    await expect(footer.getByRole('link', { name: 'support@esim-qr-mall.test' }), path).toHaveAttribute('href', 'mailto:support@esim-qr-mall.test');
  }
});
