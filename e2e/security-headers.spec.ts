import { createHash } from 'node:crypto';
import { expect, test, type APIResponse, type Page, type Response } from '@playwright/test';
import {
  cspOf,
  directives,
  expectCsp,
  expectNotCacheable,
  expectNothingPolicy,
  expectSharedDirectives,
  expectStaticHeaders,
} from './support/headers';
import { CARDS, pay, preOrder, registerCustomer } from './support/shop';
import { staffContext } from './support/staff';

/** Rendered per request, through `proxy.ts`: the nonce policy. A query string keeps a catalog view dynamic. */
const NONCE_PAGES = ['/en?signedOut=1', '/en/countries/440?sort=price-desc', '/en/packages/1000000?retry=1', '/staff/sign-in'];
/** Served from Next's cache: the hash policy that `lib/security/csp-cache-handler.mjs` computes from the html. */
const STATIC_PAGES = ['/en', '/zh-HK/countries/440', '/en/packages/1000000'];
const ROUTE_HANDLER = '/api/orders/AAAAAAAAAAAAAAAAAAAAAA/status';

/**
 * `'sha256-…'` of the text of each element of `tag` in the page, as the browser computes it (the
 * raw text, UTF-8). Independent of `lib/security/static-csp.mjs` on purpose. Scripts with `src`
 * are files, allowed by `'self'`.
 */
function inlineHashes(html: string, tag: 'script' | 'style'): Set<string> {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))) {
    if (tag === 'script' && /\ssrc=/.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * A cached page's policy: no nonce (the page is the same for everyone), its inline scripts and
 * style elements by hash, each one of them and nothing else, and Next's chunk files by `'self'`.
 */
async function expectStaticCsp(response: APIResponse | Response) {
  const html = await response.text();
  // A page's `Response` answers its headers asynchronously, an `APIResponse` at once.
  const policy = directives(cspOf(await response.headersArray()));
  const scripts = policy.get('script-src') ?? [];
  expect(scripts.filter((source) => source.startsWith("'nonce-")), 'no nonce in script-src').toEqual([]);
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).not.toContain("'strict-dynamic'");
  expect(scripts).toContain("'self'");
  const scriptHashes = inlineHashes(html, 'script');
  expect(scriptHashes.size, "inline scripts in the page (Next's flight data)").toBeGreaterThan(0);
  expect(new Set(scripts.filter((source) => source.startsWith("'sha256-")))).toEqual(scriptHashes);
  expect(scripts.filter((source) => source !== "'self'" && !source.startsWith("'sha256-"))).toEqual([]);

  const styles = policy.get('style-src') ?? [];
  expect(styles).toContain("'self'");
  expect(new Set(styles.filter((source) => source.startsWith("'sha256-")))).toEqual(inlineHashes(html, 'style'));
  expect(styles.filter((source) => source !== "'self'" && !source.startsWith("'sha256-"))).toEqual([]);
  expectSharedDirectives(policy);
}

/** React has hydrated the page: it keeps its fiber on every element it took over from the server's html. */
async function expectHydrated(page: Page) {
  await expect
    .poll(() => page.locator('h1').first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'))))
    .toBe(true);
}

/** Console messages, including each CSP violation the page reports, and no Permissions-Policy complaints. */
async function watchConsole(page: Page): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  // Injected by the browser driver, so the policy does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || event.sample}`);
    });
  });
  return messages;
}

function expectNoPolicyComplaints(messages: string[]) {
  expect(messages.filter((message) => /Content[- ]Security[- ]Policy|Permissions[- ]Policy/i.test(message))).toEqual([]);
}

test.describe('security headers', () => {
  for (const path of NONCE_PAGES) {
    test(`${path}: headers, a fresh nonce per response, and on every script`, async ({ request }) => {
      const first = await request.get(path);
      expect(first.status()).toBe(200);
      expectStaticHeaders(first);
      const nonce = expectCsp(first);

      const html = await first.text();
      // A data block (the package's schema.org JSON-LD) is never run, so no policy applies to it.
      const scripts = (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('type="application/ld+json"'));
      expect(scripts.length).toBeGreaterThan(0);
      const withoutNonce = scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`));
      expect(withoutNonce).toEqual([]);

      const second = await request.get(path);
      expect(expectCsp(second)).not.toBe(nonce);
    });
  }

  for (const path of STATIC_PAGES) {
    test(`${path}: served from the cache, with the static headers and a CSP of its own inline scripts' hashes`, async ({ request }) => {
      // The first view may render the page (a MISS, stamped by the cache handler's `set`), the next
      // one is served from the cache (`get`): each carries the hashes of its own body.
      for (const view of ['first', 'second']) {
        const response = await request.get(path);
        expect(response.status(), `${view} view`).toBe(200);
        expect(response.headers()['x-nextjs-cache'], `${view} view: an ISR page`).toMatch(/^(HIT|STALE|MISS)$/);
        expectStaticHeaders(response);
        await expectStaticCsp(response);
      }
    });
  }

  test('route handlers under /api carry them too', async ({ request }) => {
    const response = await request.get(ROUTE_HANDLER);
    expect(response.status()).toBe(404);
    expectStaticHeaders(response);
    expectCsp(response);
  });

  test('static chunks carry the static headers', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const chunk = /\/_next\/static\/chunks\/[^"'\s]+\.js/.exec(html)?.[0];
    expect(chunk, 'a script chunk in the home page').toBeTruthy();
    const response = await request.get(chunk!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expectStaticHeaders(response);
    expectNothingPolicy(response.headersArray());
  });

  test('answers the proxy does not see carry a policy too: a missing file, the provider sandbox', async ({ request }) => {
    for (const path of ['/_next/static/chunks/does-not-exist.js', '/api/sandbox/does-not-exist']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expectStaticHeaders(response);
      expectNothingPolicy(response.headersArray());
    }
  });
});

/**
 * Addresses that answer 404. The first two are cached catalog addresses: the copies' route renders
 * their 404 (the hash policy, and it must not be cached as the copies are). The rest go through the
 * proxy (the nonce policy), the favicon included (the shop has none).
 */
const NOT_FOUND: { path: string; policy: 'hash' | 'nonce'; cookie?: string }[] = [
  { path: '/en/packages/999999999999', policy: 'hash' },
  { path: '/en/countries/999', policy: 'hash' },
  { path: '/zh-HK/countries/999', policy: 'hash', cookie: 'currency=HKD' },
  { path: '/en/packages/999999999999?retry=1', policy: 'nonce' },
  { path: '/orders/AAAAAAAAAAAAAAAAAAAAAA', policy: 'nonce' },
  { path: '/does-not-exist', policy: 'nonce' },
  { path: '/favicon.ico', policy: 'nonce' },
];

test.describe('a page that is not there', () => {
  for (const { path, policy, cookie } of NOT_FOUND) {
    test(`${path}${cookie ? ` (${cookie})` : ''}: a 404 with the policy and the headers, never cacheable`, async ({ request }) => {
      // Twice: a 404 at a cached address is rendered again on each request (never kept on disk).
      for (const view of ['first', 'second']) {
        const response = await request.get(path, { headers: cookie ? { cookie } : {} });
        expect(response.status(), `${view} view`).toBe(404);
        expectStaticHeaders(response);
        if (policy === 'hash') await expectStaticCsp(response);
        else expectCsp(response);
        expectNotCacheable(response);
      }
    });
  }
});

test.describe('the cached copies are a bounded set', () => {
  test('a currency with copies of its own gets its copy; any other currency is rendered per request', async ({ request }) => {
    const yen = await request.get('/en/countries/440', { headers: { cookie: 'currency=JPY' } });
    expect(yen.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE|MISS)$/);
    await expectStaticCsp(yen);
    expect(await yen.text()).toContain('¥600');

    // A code the shop keeps no copies for (any cookie can say anything): no copy, the nonce policy.
    for (const currency of ['AUD', 'QQQ']) {
      const response = await request.get('/en/countries/440', { headers: { cookie: `currency=${currency}` } });
      expect(response.status(), currency).toBe(200);
      expect(response.headers()['x-nextjs-cache'], currency).toBeUndefined();
      expectCsp(response);
    }
  });

  test("a copy's own address is sent to its public address, never rendered", async ({ request }) => {
    for (const [address, target] of [
      ['/catalog/en/QQQ', '/en'],
      ['/catalog/zz/auto/countries/999', '/'],
      ['/catalog/en/auto/countries/440', '/en/countries/440'],
      ['/catalog/en/auto/packages/1000000', '/en/packages/1000000'],
    ]) {
      const response = await request.get(address!, { maxRedirects: 0 });
      expect(response.status(), address).toBe(308);
      expect(response.headers()['location'], address).toBe(target);
      expectStaticHeaders(response);
      expectNothingPolicy(response.headersArray());
    }
  });
});

test.describe('the static pages under their hash policy', () => {
  test('they hydrate and work, with no policy violation', async ({ page }) => {
    const messages = await watchConsole(page);

    const home = await page.goto('/');
    expect(home?.status()).toBe(200);
    // The browser got the hash policy itself (not the proxy's nonce), matching the html it ran.
    await expectStaticCsp(home!);
    await expectHydrated(page);
    // Only hydrated React filters the list: the status proves Next's scripts ran under the policy.
    await page.getByLabel('Search destinations').fill('Japan');
    await expect(page.getByRole('status')).toHaveText('1 destination');

    const country = await page.goto('/countries/440');
    expect(country?.status()).toBe(200);
    await expectStaticCsp(country!);
    await expect(page.getByRole('article').first()).toBeVisible();
    await expectHydrated(page);

    const packagePage = await page.goto('/packages/1000000');
    expect(packagePage?.status()).toBe(200);
    await expectStaticCsp(packagePage!);
    await expectHydrated(page);
    // Hydrated, the form has minted its key; the copy itself carries none (it is the same for everyone).
    expect(await packagePage!.text()).toMatch(/name="idempotencyKey" value=""/);
    await expect(page.locator('input[name="idempotencyKey"]')).toHaveValue(/^[A-Za-z0-9_-]{22}$/);

    expectNoPolicyComplaints(messages);
  });
});

test.describe('the shop under its policy', () => {
  test('pages hydrate and work, with no policy violation', async ({ page }) => {
    const messages = await watchConsole(page);

    await page.goto('/');
    // Only hydrated React filters the list: the status proves Next's scripts ran under the policy.
    await page.getByLabel('Search destinations').fill('Japan');
    await expect(page.getByRole('status')).toHaveText('1 destination');

    await page.goto('/countries/440');
    await expect(page.getByRole('article').first()).toBeVisible();

    await page.goto('/packages/1000000');
    const currency = page.getByLabel('Currency');
    const before = await page.getByTestId('price-per-period').innerText();
    const other = await currency.locator('option').nth(1).getAttribute('value');
    await currency.selectOption(other!);
    await expect(page.getByTestId('price-per-period')).not.toHaveText(before);

    expectNoPolicyComplaints(messages);
  });

  test("the eSIM's QR code keeps its size with no style attribute anywhere on the page", async ({ page }) => {
    const messages = await watchConsole(page);
    const url = await preOrder(page, 1000000);
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
    // The policy allows no style attribute: the page the server sends has none.
    expect(await (await page.request.get(url)).text()).not.toMatch(/<[^>]+\sstyle=/);
    // The code's size comes from the SVG's own width: whole pixels per module, at least 240 px.
    const qr = page.getByTestId('esim-qr').locator('svg');
    await expect(qr).toBeVisible();
    const modules = Number((await qr.getAttribute('viewBox'))?.split(' ')[2]);
    const { width, height } = (await qr.boundingBox())!;
    expect(width).toBeGreaterThanOrEqual(240);
    expect(width % modules).toBe(0);
    expect(height).toBe(width);
    expectNoPolicyComplaints(messages);
  });

  test('every page hydrates with no policy violation: public, a customer\'s own, the console, and the 404s', async ({ browser, page }) => {
    test.setTimeout(180_000);
    const messages = await watchConsole(page);
    const visit = async (target: Page, path: string, status = 200) => {
      const response = await target.goto(path);
      expect(response?.status(), path).toBe(status);
      await expect(target.locator('h1').first(), path).toBeVisible();
      await expectHydrated(target);
    };
    for (const path of ['/', '/countries/440', '/countries/440?sort=price-desc', '/packages/1000000', '/sign-in', '/register', '/accessibility', '/staff/sign-in']) {
      await visit(page, path);
    }
    for (const { path } of NOT_FOUND) await visit(page, path, 404);

    // A customer: registered, an order paid, its eSIM, My eSIMs.
    const email = `policy-${Date.now()}@example.com`;
    await registerCustomer(page, email, 'policy-password');
    const ref = (await preOrder(page, 1000000, email)).split('/').pop()!;
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
    await visit(page, '/my-esims');
    await visit(page, `/my-esims/${ref}`);
    expectNoPolicyComplaints(messages);

    // The console's pages.
    const staff = await staffContext(browser);
    const console_ = await staff.newPage();
    const staffMessages = await watchConsole(console_);
    for (const path of ['/staff', '/staff/calls', '/staff/orders', `/staff/orders/${ref}`]) await visit(console_, path);
    await console_.goto('/staff/calls');
    await console_.getByRole('link', { name: /^Open call/ }).first().click();
    await expect(console_.getByTestId('call-response')).toBeVisible();
    expectNoPolicyComplaints(staffMessages);
    await staff.close();
  });
});
