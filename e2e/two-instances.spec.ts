import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, request as requestFactory, test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { startMailCatcher, type MailCatcher } from '../lib/mail/mail-catcher';
import { startSandboxServer, type SandboxServer } from '../lib/sandbox';
import { startTestPostgres, testPostgresTarget, type TestPostgres } from '../lib/test-support/postgres';
import { browserFormKey, formFields } from './support/html-form';
import { E2E_PORT } from './test-config';

/**
 * Two shop instances (the same build) on two ports, sharing one PostgreSQL and one standalone
 * sandbox: the same order form and the same payment sent to both at once give one pre-order, one
 * confirmation and one payment report, and both instances show staff the same call log; a staff
 * catalog refresh on one reaches the other's cached pages within a second (LISTEN/NOTIFY). Without
 * TEST_DATABASE_URL the PostgreSQL is a PGlite in this process (lib/test-support/postgres.ts).
 */
const TOKEN = 'two-instances-secret-token-123';
const STAFF_PASSWORD = 'two-instances-staff';
// Beside the main shop's port, so two runs on one machine (E2E_PORT apart) do not collide.
const PORTS = [E2E_PORT + 11, E2E_PORT + 12];
const PACKAGE = 1000048;

// The tests share the two shops: one worker, in file order.
test.describe.configure({ mode: 'default' });

let sandbox: SandboxServer;
// One SMTP server for both instances, as a real deployment has: each message must reach it once.
let mail: MailCatcher;
let database: TestPostgres;
const shops: ChildProcess[] = [];
const dataDirs: string[] = [];
const clients: APIRequestContext[] = [];

/** Whether anything answers HTTP on the port: a shop left over from an earlier run would be tested instead. */
async function answers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

async function waitForShop(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not start`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  for (const port of PORTS) {
    if (await answers(port)) throw new Error(`Port ${port} is already in use: stop what runs there first`);
  }
  database = await startTestPostgres();
  sandbox = await startSandboxServer({ port: 0, acceptedTokens: [TOKEN] });
  mail = await startMailCatcher();
  for (const port of PORTS) {
    const dataDir = mkdtempSync(join(tmpdir(), 'shop-instance-'));
    dataDirs.push(dataDir);
    // Its own process group, so the server and all it starts stop together.
    const shop = spawn(join('node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(port)], {
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        LINKSFIELD_BASE_URL: sandbox.url,
        // A real upstream offers PayPal alone by default; these tests pay with the sandbox card.
        PAYMENT_METHODS: 'sandbox-card,paypal',
        LINKSFIELD_ACCESS_TOKEN: TOKEN,
        LINKSFIELD_PARTNER_CODE: '1000000005',
        DATABASE_URL: database.url,
        SESSION_SECRET: 'two-instances-session-secret-0123456789',
        // Plain http on loopback: the session cookies must not be Secure-only here.
        SESSION_COOKIE_SECURE: 'false',
        STAFF_PASSWORD,
        SHOP_DATA_DIR: dataDir,
        SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
        MAIL_INTERVAL_MS: '500',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: process.env.TWO_INSTANCES_DEBUG ? 'inherit' : 'ignore',
    });
    shops.push(shop);
  }
  for (const port of PORTS) {
    const baseURL = `http://127.0.0.1:${port}`;
    await waitForShop(baseURL);
    clients.push(await requestFactory.newContext({ baseURL, maxRedirects: 0 }));
  }
});

/** Stops a shop and everything it started (its own process group), and waits until it is gone. */
async function stopShop(shop: ChildProcess) {
  if (!shop.pid || shop.exitCode !== null || shop.signalCode !== null) return;
  const exited = new Promise((resolve) => shop.once('exit', resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-shop.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

test.afterAll(async () => {
  for (const client of clients) await client.dispose();
  // Before the database goes: a shop still running would only log lost connections.
  await Promise.all(shops.map(stopShop));
  await sandbox?.close();
  await mail?.close();
  await database?.stop();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** Signs a browser context in to the staff console of the first instance; the cookie is good on both. */
async function signInStaff(browser: Browser): Promise<BrowserContext> {
  const staff = await browser.newContext({ baseURL: `http://127.0.0.1:${PORTS[0]}` });
  const page = await staff.newPage();
  await page.goto('/staff/sign-in');
  await page.getByLabel('Staff password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in to the console' }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await page.close();
  return staff;
}

const sandboxOrders = () => [...sandbox.sandbox.control.snapshot().orders].filter((order) => order.packageId === PACKAGE);

test('the same order and the same payment sent to both instances at once: one pre-order, one report', async ({ browser }) => {
  const [first, second] = clients as [APIRequestContext, APIRequestContext];
  const packagePage = await (await first.get(`/en/packages/${PACKAGE}`)).text();
  // One key, as the form's JavaScript mints it (the page itself carries none: it is cached).
  const order = {
    ...formFields(packagePage, 'aria-labelledby="order"'),
    idempotencyKey: browserFormKey(),
    currency: 'USD',
    quantity: '1',
    periods: '1',
    email: 'two@example.com',
    compatible: 'on',
  };

  const posts = await Promise.all(
    [first, second, first, second, first, second].map((client, index) =>
      client.post(`/en/packages/${PACKAGE}`, {
        multipart: order,
        headers: { origin: `http://127.0.0.1:${PORTS[index % 2]}` },
      }),
    ),
  );
  const locations = new Set(posts.map((response) => response.headers()['location'] ?? `status ${response.status()}`));
  expect([...locations]).toHaveLength(1);
  const [location] = [...locations];
  expect(location).toMatch(/^\/orders\/[A-Za-z0-9_-]{22}$/);
  expect(sandboxOrders()).toHaveLength(1);

  // Both instances show the same order from the shared store.
  for (const client of clients) {
    expect(await (await client.get(location!)).text()).toContain(sandboxOrders()[0]!.orderNo);
  }

  const orderPage = await (await second.get(location!)).text();
  const payment = { ...formFields(orderPage, 'name="cvc"'), number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' };
  await Promise.all(
    [first, second, first, second].map((client, index) =>
      client.post(location!, { multipart: payment, headers: { origin: `http://127.0.0.1:${PORTS[index % 2]}` } }),
    ),
  );
  const [reported] = sandboxOrders();
  expect(reported?.reports).toHaveLength(1);
  expect(reported?.reports[0]?.code).toBe(0);
  expect(reported?.status).toBe('paid');

  // Whichever instance won, both show staff the same calls for the order: the log is in PostgreSQL.
  // The staff cookie comes from the first instance and is honoured by the second (same secret).
  const staff = await signInStaff(browser);
  const orderRef = location!.split('/').pop();
  const WRITES = ['/v1.1/package/preOrderPackage', '/v1.1/payment/webhook'];
  const endpointsSeenBy = async (port: number) => {
    const response = await staff.request.get(`http://127.0.0.1:${port}/api/staff/calls?order=${orderRef}`);
    expect(response.status()).toBe(200);
    const { calls } = (await response.json()) as { calls: { endpoint: string }[] };
    return calls.map((call) => call.endpoint).filter((endpoint) => WRITES.includes(endpoint));
  };
  // Newest first: the one report after the one pre-order (reads of the order may come in between).
  for (const port of PORTS) await expect.poll(() => endpointsSeenBy(port)).toEqual([...WRITES].reverse());

  // Each instance delivers the shared outbox to the one SMTP server: each message arrives once.
  for (const client of clients) await client.get(location!);
  const subjects = async () => (await mail.messages()).filter((message) => message.to.includes('two@example.com')).map((message) => message.subject);
  const orderNo = sandboxOrders()[0]!.orderNo;
  await expect.poll(subjects, { timeout: 20_000 }).toEqual([`Your order ${orderNo} is reserved`, `Your eSIM for order ${orderNo} is ready`]);
  const outbox = await staff.newPage();
  for (const port of PORTS) {
    await outbox.goto(`http://127.0.0.1:${port}/staff/outbox`);
    await expect(outbox.getByTestId('outbox-row').filter({ hasText: 'two@example.com' }).getByTestId('outbox-state')).toHaveText(['sent', 'sent']);
  }
  expect(await subjects()).toHaveLength(2);
  await staff.close();

  // Nothing was kept on either instance's disk.
  for (const dir of dataDirs) expect(readdirSync(dir)).toEqual([]);
});

/** A package of Japan's own (USD 8.99 at the seed), shown on the country page and on its own page. */
const REPRICED = 1000017;
const NEW_PRICE = '77.77';
const CATALOG_PAGES = ['/en/countries/440', `/en/packages/${REPRICED}`];

/** A cached catalog page as a browser asks for it. */
async function catalogPage(client: APIRequestContext, path: string): Promise<string> {
  const response = await client.get(path, {
    maxRedirects: 5,
    headers: { accept: 'text/html,application/xhtml+xml', 'accept-language': 'en-US,en;q=0.9' },
  });
  expect(response.status()).toBe(200);
  return response.text();
}

const showsNewPrice = async (client: APIRequestContext) =>
  (await Promise.all(CATALOG_PAGES.map((path) => catalogPage(client, path)))).map((html) => html.includes(NEW_PRICE));

test('a staff catalog refresh on one instance reaches the other within a second', async ({ browser }) => {
  const [first, second] = clients as [APIRequestContext, APIRequestContext];
  // Both instances have their copies (and their memory catalog) from before the change.
  for (const client of clients) {
    for (const path of CATALOG_PAGES) expect(await catalogPage(client, path)).toContain('8.99');
  }
  sandbox.sandbox.control.setPrice(REPRICED, 'USD', 7_777);
  // The provider answers the new price (a view rendered per request reads it) ...
  expect(await (await first.get(`/en/packages/${REPRICED}?retry=1`)).text()).toContain(NEW_PRICE);
  // ... but the second instance's cached pages still show the old one: what the refresh must fix.
  expect(await showsNewPrice(second)).toEqual([false, false]);

  const staff = await signInStaff(browser);
  const sentAt = performance.now();
  const refresh = await staff.request.post(`http://127.0.0.1:${PORTS[0]}/api/staff/catalog-refresh`, {
    data: {},
    headers: { origin: `http://127.0.0.1:${PORTS[0]}` },
  });
  const answeredAt = performance.now();
  expect(refresh.status()).toBe(200);
  // Answered once the notice is sent: from here the other instance has a little over a second.
  expect(await refresh.json()).toMatchObject({ ok: true, otherInstances: 'sent' });
  await expect.poll(() => showsNewPrice(second), { timeout: 1_300, intervals: [25] }).toEqual([true, true]);
  const seenAt = performance.now();
  await staff.close();
  const delay = `${Math.round(seenAt - sentAt)} ms after the refresh was sent (${Math.round(seenAt - answeredAt)} ms after its answer), on ${testPostgresTarget()}`;
  test.info().annotations.push({ type: 'fanout delay', description: delay });
  console.info(`[two instances] the second instance showed the new price ${delay}`);
  // The instance that served the refresh shows it too.
  expect(await showsNewPrice(first)).toEqual([true, true]);
});
