import { expect, test, type Locator, type Page } from '@playwright/test';

const FLAG = /\/_next\/static\/media\/[a-z]{2}\.[^/]+\.webp$/;

const loaded = (image: Locator) => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

function flagRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (FLAG.test(new URL(request.url()).pathname)) urls.push(request.url());
  });
  return urls;
}

test('each destination shows its flag as a decorative image, and only the flags in view load', async ({ page }) => {
  const requested = flagRequests(page);
  await page.goto('/');
  const cards = page.getByRole('link', { name: /From / });
  const count = await cards.count();
  expect(count).toBeGreaterThan(50);

  const japan = page.getByRole('link', { name: /^Japan From / });
  const japanFlag = japan.locator('img');
  // Decorative (alt=""): the country's name is beside it, so the link is named by name and price alone.
  await expect(japanFlag).toHaveAttribute('alt', '');
  await expect(japan).toHaveAccessibleName(/^Japan From \S+$/);
  await page.waitForLoadState('networkidle');
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.length).toBeLessThan(count);

  await cards.last().scrollIntoViewIfNeeded();
  await expect.poll(() => loaded(cards.last().locator('img'))).toBe(true);

  // Flags are build assets under a content hash: a browser keeps them for good.
  const response = await page.request.get(requested[0]!);
  expect(response.headers()['content-type']).toBe('image/webp');
  expect(response.headers()['cache-control']).toContain('immutable');
});

test("a country's page and a package's coverage show the flags", async ({ page }) => {
  await page.goto('/countries/440');
  const heading = page.getByRole('heading', { level: 1, name: 'eSIM packages for Japan' });
  const headingFlag = heading.locator('xpath=..').locator('img');
  await expect(headingFlag).toHaveAttribute('src', /\/jp\.[^/]+\.webp$/);
  await expect.poll(() => loaded(headingFlag)).toBe(true);

  // A package for Malaysia and Thailand.
  await page.goto('/packages/1000000');
  const coverage = page.getByRole('region', { name: /Coverage/ }).getByRole('listitem');
  await expect(coverage).toHaveText(['Malaysia', 'Thailand']);
  for (const [item, code] of [[coverage.first(), 'my'], [coverage.last(), 'th']] as const) {
    const flag = item.locator('img');
    await expect(flag).toHaveAttribute('src', new RegExp(`/${code}\\.[^/]+\\.webp$`));
    await expect.poll(() => loaded(flag)).toBe(true);
  }
});
