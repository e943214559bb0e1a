import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { browserFormKey, formFields } from './support/html-form';
import { staffContext } from './support/staff';
import { E2E_BASE_URL } from './test-config';

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
  return { ...fields, idempotencyKey: browserFormKey(), currency: 'USD', quantity: '1', periods: '1', email: 'hostile@example.com' };
}

async function postForm(request: APIRequestContext, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return request.post(`/packages/${PACKAGE}`, {
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
    const response = await request.post(`/packages/${PACKAGE}`, {
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
    '/packages/-1',
    '/packages/1e9',
    '/countries/999',
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
