import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { browserFormKey, formFields } from './support/html-form';
import { registerCustomer } from './support/shop';
import { SAME_ORIGIN, signInStaff, staffContext } from './support/staff';
import { E2E_BASE_URL, E2E_PORT } from './test-config';

/**
 * Hostile requests straight at the server, as a script would send them: each is refused with no
 * side effect. Runs alone (its own project), so the sandbox's order count is this file's to watch.
 */
test.describe.configure({ mode: 'serial' });

const PACKAGE = 1000000;
let staff: BrowserContext;
test.beforeAll(async ({ browser }) => {
  staff = await staffContext(browser);
});
test.afterAll(async () => {
  await staff.close();
});

async function sandboxOrderCount(): Promise<number> {
  const snapshot = (await (await staff.request.get('/api/sandbox-control')).json()) as { orders: unknown[] };
  return snapshot.orders.length;
}

/** The order form as the server rendered it, with the key a browser mints once its JavaScript runs. */
async function orderForm(request: APIRequestContext): Promise<Record<string, string>> {
  const fields = formFields(await (await request.get(`/packages/${PACKAGE}`)).text(), 'aria-labelledby="order"');
  expect(fields.idempotencyKey, 'the cached page mints no key').toBe('');
  return { ...fields, idempotencyKey: browserFormKey(), currency: 'USD', quantity: '1', periods: '1', email: 'hostile@example.com', compatible: 'on' };
}

async function postForm(request: APIRequestContext, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return request.post(`/en/packages/${PACKAGE}`, {
    multipart: fields,
    headers: { origin: E2E_BASE_URL, ...headers },
    maxRedirects: 0,
  });
}

/** Refused: an error status, or the form again with a message; never a redirect to an order. */
async function expectRefused(response: Awaited<ReturnType<typeof postForm>>, message?: string | RegExp) {
  expect(response.status(), 'no redirect to a confirmation').not.toBe(303);
  expect(response.headers()['location'] ?? '').not.toContain('/orders/');
  if (message && response.status() < 400) {
    const body = await response.text();
    if (typeof message === 'string') expect(body).toContain(message);
    else expect(body).toMatch(message);
  }
}

const QUANTITY = 'Choose a quantity from 1 to 10.';
const EMAIL = 'Enter a valid email address, like name@example.com.';
const TAMPERED = 'This order form was changed or is out of date.';

const formCases: [string, Record<string, string>, string | RegExp][] = [
  ['quantity 0', { quantity: '0' }, QUANTITY],
  ['quantity -1', { quantity: '-1' }, QUANTITY],
  ['quantity 1.5', { quantity: '1.5' }, QUANTITY],
  ['quantity 1e3', { quantity: '1e3' }, QUANTITY],
  ['quantity huge', { quantity: '99999999999999999999' }, QUANTITY],
  ['quantity as JSON', { quantity: '{"$gt":0}' }, QUANTITY],
  ['quantity empty', { quantity: '' }, QUANTITY],
  ['script as email', { email: '<script>alert(1)</script>@x.com' }, EMAIL],
  ['a 10 kB email', { email: `${'a'.repeat(10_000)}@example.com` }, EMAIL],
  ['email missing', { email: '' }, EMAIL],
  ['compatibility not ticked', { compatible: '' }, 'Tick this box to confirm that your phone supports eSIM'],
  ['compatibility as JSON', { compatible: '{"$ne":null}' }, 'Tick this box to confirm that your phone supports eSIM'],
  ['currency lower case', { currency: 'usd' }, 'Choose a currency from the list.'],
  ['currency with SQL', { currency: "'; DROP TABLE orders;--" }, 'Choose a currency from the list.'],
  ['currency not offered', { currency: 'EUR' }, 'This package is not sold in that currency.'],
  ['periods out of range', { periods: '31' }, 'Choose between 1 and 1 periods'],
  ['periods 0', { periods: '0' }, 'Choose a whole number of periods.'],
  ['unknown package id', { packageId: '999999999' }, 'This package is no longer available.'],
  ['package id with SQL', { packageId: '1 OR 1=1' }, TAMPERED],
  ['tampered package code', { packageCode: 'LP20220329000021' }, TAMPERED],
  ['form key missing (sent before JavaScript ran)', { idempotencyKey: '' }, 'Your order is not placed yet.'],
  ['form key path traversal', { idempotencyKey: '../../../../etc/passwd' }, TAMPERED],
  ['a money field', { money: '0.01' }, 'Prices are computed by the shop'],
  ['a price field', { price: '0' }, 'Prices are computed by the shop'],
  ['an amount field', { amount: '-5' }, 'Prices are computed by the shop'],
];

test('every hostile order form is refused with a message, and nothing reaches the provider', async ({ request }) => {
  const before = await sandboxOrderCount();
  const base = await orderForm(request);
  for (const [name, change, message] of formCases) {
    await test.step(name, async () => {
      const response = await postForm(request, { ...base, ...change });
      // A refused form comes back as the page with its message, not as an error.
      expect(response.status()).toBe(200);
      await expectRefused(response, message);
    });
  }
  expect(await sandboxOrderCount()).toBe(before);
});

test('oversized bodies, unknown actions and cross-origin posts are refused, with no side effect', async ({ request }) => {
  const before = await sandboxOrderCount();
  const base = await orderForm(request);
  const actionId = Object.keys(base).find((key) => key.startsWith('$ACTION_ID_'));

  await test.step('a 200 kB body', async () => {
    const response = await postForm(request, { ...base, padding: 'x'.repeat(200_000) });
    expect(response.status()).toBeGreaterThanOrEqual(400);
  });
  await test.step('an unknown action id', async () => {
    const response = await request.post(`/en/packages/${PACKAGE}`, {
      headers: { 'next-action': 'ffffffffffffffffffffffffffffffffffffffffff', origin: E2E_BASE_URL, 'content-type': 'text/plain' },
      data: '[]',
      maxRedirects: 0,
    });
    expect(response.status()).toBeGreaterThanOrEqual(400);
  });
  await test.step('a valid order posted from another origin', async () => {
    await expectRefused(await postForm(request, base, { origin: 'https://evil.example' }));
  });
  await test.step('a valid order posted from a look-alike origin', async () => {
    await expectRefused(await postForm(request, base, { origin: `${E2E_BASE_URL}.evil.example` }));
  });
  expect(actionId).toBeDefined();
  expect(await sandboxOrderCount()).toBe(before);
});

test("other people's orders and odd addresses are plain 404s", async ({ request }) => {
  for (const path of [
    '/orders/AAAAAAAAAAAAAAAAAAAAAA',
    '/orders/1055200093',
    '/orders/%3Cscript%3E',
    '/api/orders/AAAAAAAAAAAAAAAAAAAAAA/status',
    '/en/packages/-1',
    '/en/packages/1e9',
    '/en/countries/999',
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  // Script in the query is never echoed as markup.
  const sorted = await request.get('/countries/440?sort=%3Cscript%3Ealert(1)%3C/script%3E&data=%22%3E%3Cimg');
  expect(sorted.status()).toBe(200);
  expect(await sorted.text()).not.toContain('<script>alert(1)</script>');
  // An open redirect through sign-in's next is dropped: no hidden field carries it to the action.
  const signIn = await request.get('/sign-in?next=//evil.example/steal');
  const html = await signIn.text();
  expect(html).toContain('name="password"');
  expect(html).not.toMatch(/name="next"/);
});

test.describe('sessions and cross-site requests', () => {
  test('signing out of the console ends the staff session: its old cookie is refused', async ({ browser }) => {
    const context = await staffContext(browser);
    const cookies = await context.cookies();
    expect((await context.request.get('/api/staff/calls?limit=1')).status()).toBe(200);
    const page = await context.newPage();
    await page.goto('/staff');
    await page.getByRole('button', { name: 'Sign out of the console' }).click();
    await expect(page).toHaveURL(/\/staff\/sign-in$/);
    await context.close();

    // The cookie as it was before signing out, replayed by someone who kept a copy.
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    expect((await replay.request.get('/api/staff/calls?limit=1')).status()).toBe(401);
    const console_ = await replay.newPage();
    await console_.goto('/staff');
    await expect(console_).toHaveURL(/\/staff\/sign-in$/);
    await replay.close();
  });

  test('signing out ends the customer session: its old cookie no longer opens My eSIMs', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await registerCustomer(page, `signed-out-${Date.now()}@example.com`, 'signed-out-password');
    const cookies = await context.cookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await context.close();

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const again = await replay.newPage();
    await again.goto('/my-esims');
    await expect(again).toHaveURL(/\/sign-in\?next=/);
    await replay.close();
  });

  test('a link from another site to /session-expired does not sign the customer out', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await registerCustomer(page, `not-signed-out-${Date.now()}@example.com`, 'not-signed-out-password');
    await page.goto('/session-expired?next=/my-esims', { referer: 'https://evil.example/' });
    await page.goto('/my-esims');
    await expect(page).toHaveURL(`${E2E_BASE_URL}/my-esims`);
    await expect(page.getByRole('heading', { level: 1, name: 'My eSIMs' })).toBeVisible();
    await context.close();
  });

  test("state-changing staff routes take only JSON from the shop's own origin", async () => {
    const pool = async () =>
      ((await (await staff.request.get('/api/sandbox-control')).json()) as { profilePool: { free: number } }).profilePool.free;
    const before = await pool();
    // Another port of the same site: the staff cookie (SameSite=Strict) goes along.
    const otherPort = `http://127.0.0.1:${E2E_PORT + 1}`;
    const steer = JSON.stringify({ action: 'setProfilePool', size: 7 });
    try {
      for (const path of ['/api/sandbox-control', '/api/staff/catalog-refresh']) {
        for (const [contentType, origin, status] of [
          ['text/plain', otherPort, 403],
          ['application/json', otherPort, 403],
          ['application/json', 'null', 403],
          ['application/json', undefined, 403],
          ['text/plain', E2E_BASE_URL, 415],
          ['application/x-www-form-urlencoded', E2E_BASE_URL, 415],
        ] as const) {
          const headers: Record<string, string> = { 'content-type': contentType, ...(origin ? { origin } : {}) };
          const response = await staff.request.post(path, { headers, data: steer });
          expect(response.status(), `${path} ${contentType} from ${origin}`).toBe(status);
          expect(await response.json()).toMatchObject({ ok: false, error: expect.any(String) });
        }
      }
      expect(await pool()).toBe(before);
      // The shop's own JSON still works.
      const refreshed = await staff.request.post('/api/staff/catalog-refresh', { headers: SAME_ORIGIN, data: {} });
      expect(refreshed.status()).toBe(200);
      const cleared = await staff.request.post('/api/sandbox-control', { headers: SAME_ORIGIN, data: { action: 'clearScenarios' } });
      expect(cleared.status()).toBe(200);
    } finally {
      // Put the pool back if a request got through, so the tests after this one are not starved.
      if ((await pool()) !== before) {
        await staff.request.post('/api/sandbox-control', {
          headers: SAME_ORIGIN,
          data: { action: 'setProfilePool', size: before },
        });
      }
    }
  });

  test('reached directly, the shop takes the address of the connection, not the X-Forwarded-For a client sends', async ({ browser }) => {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.9, 198.51.100.7', 'x-real-ip': '198.51.100.8' },
    });
    const page = await context.newPage();
    await signInStaff(page);
    // Next's `next start` passes a client's X-Forwarded-For through untouched (it sets one only when
    // none came): the console shows which address the limits use for this very request.
    await expect(page.getByTestId('env-trusted-proxies')).toContainText('0');
    await expect(page.getByTestId('env-client-address')).toHaveText('127.0.0.1');
    await context.close();
  });

  // Last in the file: its guesses hold this machine's staff sign-ins back for the rest of the minute.
  test('25 parallel staff-password guesses with made-up addresses count as one address', async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    const fields = formFields(await (await request.get('/staff/sign-in')).text(), 'name="password"');
    const answers = await Promise.all(
      Array.from({ length: 25 }, async (_, index) => {
        const response = await request.post('/staff/sign-in', {
          multipart: { ...fields, password: `not-the-password-${index}` },
          headers: { origin: E2E_BASE_URL, 'x-forwarded-for': `203.0.113.${index + 1}`, 'x-real-ip': `198.51.100.${index + 1}` },
          maxRedirects: 0,
        });
        // The form's own error paragraph (the page also carries every message of the form, unrendered).
        const error = /<p id="staff-password-error"[^>]*>([^<]*)<\/p>/.exec(await response.text())?.[1] ?? '';
        if (error.startsWith('That password is not right')) return 'checked';
        if (error.startsWith('Too many')) return 'refused';
        return `unexpected ${response.status()}: ${error}`;
      }),
    );
    await request.dispose();
    // The shop is reached directly (TRUSTED_PROXY_COUNT unset): every guess is this machine's.
    expect(answers.filter((answer) => answer.startsWith('unexpected'))).toEqual([]);
    expect(answers.filter((answer) => answer === 'checked').length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer === 'refused').length).toBeGreaterThanOrEqual(20);
  });
});
