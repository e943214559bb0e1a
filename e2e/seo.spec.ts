import { expect, test, type Page } from '@playwright/test';
import { cspOf } from './support/headers';
import { E2E_BASE_URL } from './test-config';
import { schemaOrgProduct } from '@/lib/seo/schema-org-product';

/** Every CSP violation the page reports (the listener is injected by the driver, outside the policy). */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || event.sample}`);
    });
  });
  return violations;
}

/** The page's one schema.org Product, checked field by field. */
async function productJsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  return schemaOrgProduct.parse(JSON.parse(blocks[0]!));
}

/** Open Graph tags by property, each listed as often as the page has it. */
async function openGraph(page: Page): Promise<Record<string, string[]>> {
  const tags = await page.locator('head meta[property^="og:"]').evaluateAll((metas) =>
    metas.map((meta) => [meta.getAttribute('property')!, meta.getAttribute('content') ?? ''] as const),
  );
  const byProperty: Record<string, string[]> = {};
  for (const [property, content] of tags) (byProperty[property] ??= []).push(content);
  return byProperty;
}

/** The price the form shows, as schema.org writes it: digits and a decimal point only. */
const plainAmount = (shown: string) => shown.replace(/[^\d.]/g, '');

test.describe('structured data on a package page', () => {
  for (const [currency, path] of [
    ['none chosen (USD)', '/packages/1000016'],
    ['JPY, no minor unit', '/packages/1000016'],
    ['rendered per request', '/packages/1000016?retry=1'],
  ] as const) {
    test(`the Product's offer is the price the page shows: ${currency}`, async ({ page, context }) => {
      if (currency.startsWith('JPY')) await context.addCookies([{ name: 'currency', value: 'JPY', url: E2E_BASE_URL }]);
      const violations = await watchPolicy(page);
      await page.goto(path);
      const product = await productJsonLd(page);
      expect(product.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
      expect(product.sku).toBe('1000016');

      const shownCurrency = await page.getByLabel('Currency').inputValue();
      const shownPrice = (await page.getByTestId('price-per-period').textContent()) ?? '';
      expect(product.offers.priceCurrency).toBe(shownCurrency);
      expect(product.offers.price).toBe(plainAmount(shownPrice));
      if (currency.startsWith('JPY')) {
        expect(shownCurrency).toBe('JPY');
        expect(product.offers.price).toMatch(/^\d+$/);
      }
      // The page hydrated and ran its scripts under its policy, with the data block in it.
      await expect(page.getByLabel('Quantity')).toBeEditable();
      await page.getByLabel('Quantity').fill('2');
      await expect(page.getByTestId('order-total')).not.toHaveText(shownPrice);
      expect(violations).toEqual([]);
    });
  }
});

test.describe('Open Graph', () => {
  const SHARED = ['og:title', 'og:description', 'og:site_name', 'og:locale', 'og:type'];

  test('home, country and package pages: one of each tag, website or product', async ({ page }) => {
    const violations = await watchPolicy(page);
    for (const [path, type] of [
      ['/en', 'website'],
      ['/en/countries/440', 'website'],
      ['/en/packages/1000016', 'product'],
    ] as const) {
      await page.goto(path);
      const og = await openGraph(page);
      for (const property of SHARED) expect(og[property], `${path} ${property}`).toHaveLength(1);
      expect(og['og:type']).toEqual([type]);
      expect(og['og:site_name']).toEqual(['eSIM QR Mall']);
      expect(og['og:locale']).toEqual(['en_US']);
      expect(og['og:title']![0]).not.toBe('');
      expect(og['og:description']![0]).not.toBe('');
      // The page's canonical address, absolute.
      expect(og['og:url']!.map((url) => new URL(url).pathname)).toEqual([path]);
    }
    await page.goto('/en/countries/440');
    expect((await openGraph(page))['og:title']).toEqual(['eSIM packages for Japan']);
    expect(violations).toEqual([]);
  });

  test("in the page's language", async ({ page, context }) => {
    // An old address, for a visitor whose choice is Hong Kong: redirected to that language's page.
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'zh-HK', url: E2E_BASE_URL }]);
    await page.goto('/countries/440');
    await expect(page).toHaveURL(/\/zh-HK\/countries\/440$/);
    const og = await openGraph(page);
    expect(og['og:locale']).toEqual(['zh_HK']);
    expect(og['og:title']).toEqual(['日本 eSIM 數據計劃']);
  });
});

test.describe('home screen and crawlers', () => {
  test("every page links the tab's icon, the iOS icon and the manifest, and they load", async ({ page, request }) => {
    const violations = await watchPolicy(page);
    await page.goto('/');
    await expect(page.locator('head link[rel="icon"]')).toHaveAttribute('href', '/icon.svg');
    expect((await request.get('/icon.svg')).headers()['content-type']).toBe('image/svg+xml');
    const appleIcon = await page.locator('head link[rel="apple-touch-icon"]').getAttribute('href');
    expect(appleIcon).toBe('/apple-touch-icon.png');
    const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toMatch(/^\/manifest\.webmanifest/);

    const manifest = await request.get(manifestHref!);
    expect(manifest.status()).toBe(200);
    const body = (await manifest.json()) as { start_url: string; display: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(body).toMatchObject({ start_url: '/', display: 'standalone' });
    for (const src of [appleIcon!, ...body.icons.map((icon) => icon.src)]) {
      const response = await request.get(src);
      expect(response.status(), src).toBe(200);
      expect(response.headers()['content-type'], src).toBe('image/png');
      expect(response.headers()['x-content-type-options'], src).toBe('nosniff');
      // Served through the proxy like the tab's icon: one policy, never two.
      cspOf(response.headersArray());
    }
    expect(violations).toEqual([]);
  });

  test('robots.txt opens the catalog, closes private pages and names the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^User-Agent: \*$/m);
    expect(text).toMatch(/^Allow: \/$/m);
    for (const path of ['/staff', '/api/', '/orders/', '/my-esims', '/sign-in', '/register', '/find-order']) {
      expect(text).toContain(`Disallow: ${path}\n`);
    }
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
  });
});
