import { expect, test, type APIRequestContext } from '@playwright/test';
import { chooseLanguage } from './support/language-menu';
import { orderFormReady } from './support/shop';

/**
 * The catalog's addresses carry the language (`/zh-HK/countries/440`): old links redirect to the
 * visitor's language, the language switch keeps the page, every page names its canonical address
 * and its other languages, the sitemap lists them all, and what a shared cache in front may keep
 * is right for everyone (a cached copy holds nothing of the request that rendered it).
 */
const LANGUAGES = ['en', 'zh-CN', 'zh-HK'];

async function redirectOf(request: APIRequestContext, path: string, headers: Record<string, string>) {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  return { status: response.status(), location: response.headers()['location'], headers: response.headers() };
}

test('old addresses redirect to the visitor\'s language: countries and packages for good, the home page for now', async ({ playwright, baseURL }) => {
  // A context of its own: no cookie from another test.
  const request = await playwright.request.newContext({ baseURL });
  const byBrowser = await redirectOf(request, '/countries/440', { 'accept-language': 'zh-TW,zh;q=0.9,en;q=0.8' });
  expect(byBrowser).toMatchObject({ status: 308, location: '/zh-HK/countries/440' });
  // The target depends on the visitor: a shared cache must not keep it for the next one.
  expect(byBrowser.headers['cache-control']).toBe('private, no-cache');
  expect(byBrowser.headers['vary']).toBe('Cookie, Accept-Language');
  // The remembered choice comes before the browser's languages; the query is kept.
  expect(await redirectOf(request, '/packages/1000016?utm_source=mail', { 'accept-language': 'en', cookie: 'NEXT_LOCALE=zh-CN' })).toMatchObject({
    status: 308,
    location: '/zh-CN/packages/1000016?utm_source=mail',
  });
  expect(await redirectOf(request, '/', { 'accept-language': 'de-DE' })).toMatchObject({ status: 307, location: '/en' });
  // Followed, an old link lands on the page.
  const landed = await request.get('/countries/440', { headers: { 'accept-language': 'zh-CN' } });
  expect(landed.status()).toBe(200);
  expect(new URL(landed.url()).pathname).toBe('/zh-CN/countries/440');
  await request.dispose();
});

test('the language switch goes to the same page in the other language, and the choice is remembered', async ({ page }) => {
  await page.goto('/en/countries/440?sort=price-asc');
  await chooseLanguage(page, '繁體中文');
  await expect(page).toHaveURL(/\/zh-HK\/countries\/440\?sort=price-asc$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-HK');
  await page.goto('/en/packages/1000016');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await chooseLanguage(page, '简体中文');
  await expect(page).toHaveURL(/\/zh-CN\/packages\/1000016$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // An address without a language now goes by the choice, not by the browser's English.
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-CN$/);
});

test('every catalog page names its canonical address and each language\'s, all of which answer', async ({ request }) => {
  for (const path of ['/zh-CN', '/zh-HK/countries/440', '/en/packages/1000016', '/en/countries/440?sort=price-asc']) {
    const html = await (await request.get(path)).text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const plain = path.split('?')[0]!;
    expect(new URL(canonical!).pathname, path).toBe(plain);
    const alternates: Record<string, string> = Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang!, new URL(href!).pathname]),
    );
    const rest = plain.replace(/^\/[^/]+/, '');
    expect(alternates, path).toEqual({
      ...Object.fromEntries(LANGUAGES.map((language) => [language, `/${language}${rest}`])),
      'x-default': rest || '/',
    });
    for (const alternate of Object.values(alternates)) expect((await request.get(alternate)).status(), alternate).toBe(200);
  }
});

test('the sitemap lists every language of every page, with its alternates', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    loc: new URL(/<loc>([^<]+)<\/loc>/.exec(entry!)![1]!).pathname,
    alternates: [...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang]) => lang),
  }));
  const locs = new Set(urls.map(({ loc }) => loc));
  for (const language of LANGUAGES) {
    for (const page of ['', '/countries/440', '/packages/1000016']) expect(locs.has(`/${language}${page}`), `/${language}${page}`).toBe(true);
  }
  for (const { loc, alternates } of urls) expect(alternates.sort(), loc).toEqual([...LANGUAGES, 'x-default'].sort());
  // A sample of what it lists is there.
  for (const loc of [...locs].filter((_, index) => index % 97 === 0)) expect((await request.get(loc)).status(), loc).toBe(200);
});

test('what a shared cache in front may keep is right for every visitor', async ({ request }) => {
  const cached = (await request.get('/zh-HK/countries/440')).headers();
  expect(cached['cache-control']).toMatch(/s-maxage=\d+/);
  // The copy is the currency cookie's: a shared cache keeps one per Cookie header.
  expect(cached['vary']?.split(/,\s*/)).toContain('Cookie');
  for (const path of ['/zh-HK/countries/440?sort=price-asc', '/en/packages/1000016?retry=1', '/en/packages/999999999999']) {
    expect((await request.get(path)).headers()['cache-control'], path).toMatch(/private, no-cache, no-store/);
  }
});

test('a query string never reaches a cached copy, however long and whatever it holds', async ({ request, playwright, baseURL, page, context }) => {
  // A copy no other test asks for: a package, a currency and a language drawn at random, so that the
  // request with the query is the one that renders it (checked: a MISS).
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const packages = [...new Set([...sitemap.matchAll(/\/zh-CN\/packages\/(\d+)</g)].map(([, id]) => id!))];
  const id = packages[Math.floor(Math.random() * packages.length)]!;
  const currency = ['EUR', 'GBP', 'JPY', 'SGD'][Math.floor(Math.random() * 4)]!;
  const path = `/zh-CN/packages/${id}`;
  const marker = `alice-${Date.now()}`;
  const query = `?utm_source=newsletter&email=${marker}%40example.com&pad=${'x'.repeat(12_000)}`;
  const visitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `currency=${currency}` } });
  const first = await visitor.get(`${path}${query}`);
  expect(first.status()).toBe(200);
  expect(first.headers()['x-nextjs-cache']).toBe('MISS');
  // Not even the visitor who sent it gets it back in the page: the copy is what everyone gets.
  expect(await first.text()).not.toContain(marker);
  const next = await visitor.get(path);
  expect(next.headers()['x-nextjs-cache']).toBe('HIT');
  const html = await next.text();
  expect(html).not.toContain(marker);
  expect(html).not.toContain('utm_source');
  expect(html).not.toContain('x'.repeat(100));
  await visitor.dispose();
  // The cleaned copy still works in a browser: its policy's hashes match what is served, and it hydrates.
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await context.addCookies([{ name: 'currency', value: currency, url: baseURL! }]);
  const shown = await page.goto(path);
  expect(shown?.headers()['x-nextjs-cache']).toBe('HIT');
  await orderFormReady(page);
  expect(violations).toEqual([]);
});
