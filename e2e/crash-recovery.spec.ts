import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { startMailCatcher, type MailCatcher } from '../lib/mail/mail-catcher';
import { startSandboxServer, type SandboxServer } from '../lib/sandbox';
import { browserFormKey, decodeHtml, formFields } from './support/html-form';
import { message } from './support/messages';
import { startShop, type ShopProcess } from './support/shop-process';
import { E2E_PORT } from './test-config';

/**
 * `kill -9` of the shop in the middle of a payment report and of a pre-order, then a restart on the
 * same data: the recovery pass settles what was in flight from the provider's own state, with
 * nothing doubled at the shop or at the provider. The provider is a standalone sandbox in this
 * process (it survives the shop, as the real one would), and the shop talks to it over HTTP as to UAT.
 */
const PORT = Number(process.env.CRASH_PORT ?? E2E_PORT + 30);
const TOKEN = 'crash-test-access-token-8c2e41aa';
const STAFF_PASSWORD = 'crash-test-staff';
const WEBHOOK = '/v1.1/payment/webhook';
const PRE_ORDER = '/v1.1/package/preOrderPackage';
// Only this file orders these packages at its own sandbox; one per test keeps their counts apart.
const PACKAGES = { slowReport: 1000016, lostReport: 1000017, preOrder: 1000018, mail: 1000019, outage: 1000020 };

/** The shop's settings, as `.env.example` lists them: all blank, then only what this test sets. */
const SHOP_SETTINGS = [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!);

let sandbox: SandboxServer;
// The shop's SMTP server: it outlives the shop, as a real one would.
let mail: MailCatcher;
let shop: ShopProcess | undefined;
let dataDir: string;
let env: Record<string, string>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shop-crash-'));
  sandbox = await startSandboxServer({ port: 0, acceptedTokens: [TOKEN] });
  mail = await startMailCatcher();
  env = {
    ...Object.fromEntries(SHOP_SETTINGS.map((name) => [name, ''])),
    LINKSFIELD_BASE_URL: sandbox.url,
    // A real upstream offers PayPal alone by default; these tests pay with the sandbox card.
    PAYMENT_METHODS: 'sandbox-card,paypal',
    LINKSFIELD_ACCESS_TOKEN: TOKEN,
    LINKSFIELD_PARTNER_CODE: '1000000005',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    SESSION_COOKIE_SECURE: 'false',
    STAFF_PASSWORD,
    SHOP_DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    MAIL_INTERVAL_MS: '300',
    // A message claimed by the killed shop is sent again 2 s after its claim.
    MAIL_LEASE_MS: '2000',
    // Retries after 1, 2, 4, 8, 16, 32 s: a minute's outage ends in about a minute.
    MAIL_RETRY_BASE_MS: '1000',
    // In flight counts as cut off after (0 + 4) x 4 s + 0.5 s = 16.5 s; a pass runs every second. The
    // 4 s deadline leaves the test room to kill the shop before its own call times out, on a busy machine too.
    LINKSFIELD_TIMEOUT_MS: '4000',
    LINKSFIELD_READ_RETRIES: '0',
    RECOVERY_GRACE_MS: '500',
    RECOVERY_INTERVAL_MS: '1000',
  };
  shop = await startShop(PORT, env);
});

test.afterAll(async () => {
  await shop?.stop();
  await sandbox?.close();
  await mail?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const url = (path: string) => `http://127.0.0.1:${PORT}${path}`;

/** A form post as a browser without JavaScript sends it (the no-JS path of the server actions). */
function postForm(path: string, fields: Record<string, string>): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return fetch(url(path), { method: 'POST', body, redirect: 'manual', headers: { origin: url('') } });
}

async function orderFormOf(packageId: number, email: string) {
  const html = await (await fetch(url(`/en/packages/${packageId}`))).text();
  return { ...formFields(html, 'aria-labelledby="order"'), idempotencyKey: browserFormKey(), quantity: '1', email, compatible: 'on' };
}

async function placeOrder(packageId: number): Promise<string> {
  return placeOrderFor(packageId, `crash-${packageId}@example.com`);
}

async function placeOrderFor(packageId: number, email: string): Promise<string> {
  const answer = await postForm(`/en/packages/${packageId}`, await orderFormOf(packageId, email));
  expect(answer.status).toBe(303);
  return answer.headers.get('location')!;
}

async function paymentFormOf(orderPath: string) {
  const html = await (await fetch(url(orderPath))).text();
  return { ...formFields(html, 'name="cvc"'), number: '4242 4242 4242 4242', expiry: '12/34', cvc: '123' };
}

/** Sends a request the crash will cut off: its failure is the point, so it is only kept from going unheard. */
const cutOff = (request: Promise<Response>) => request.then(() => 'answered', () => 'cut off');

/** Kills the shop once the sandbox holds the provider call the shop is waiting for. */
async function crashDuringProviderCall() {
  await expect.poll(() => sandbox.sandbox.waiting, { timeout: 10_000, intervals: [25] }).toBeGreaterThan(0);
  await shop!.crash();
  shop = undefined;
}

async function restart() {
  shop = await startShop(PORT, env);
}

/** Reads the shop's own SQLite file, as the crash and the recovery left it (WAL: readers never block the shop). */
function readShop<T>(read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, 'shop.sqlite'), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const shopRecords = (ref: string) =>
  readShop((db) => ({
    payments: db.prepare('SELECT status FROM payments WHERE order_ref = ?').all(ref) as { status: string }[],
    report: db.prepare('SELECT state, code, attempts FROM payment_reports WHERE order_ref = ?').get(ref) as
      | { state: string; code: number | null; attempts: number }
      | undefined,
  }));

const keyState = (key: string) =>
  readShop((db) => (db.prepare('SELECT state FROM idempotency_keys WHERE key = ?').get(key) as { state: string } | undefined)?.state);

const shopOrdersOf = (email: string) =>
  readShop((db) => (db.prepare('SELECT count(*) AS n FROM orders WHERE email = ?').get(email) as { n: number }).n);

const sandboxOrdersOf = (packageId: number) => [...sandbox.sandbox.state.orders.values()].filter((order) => order.packageId === packageId);

async function signInStaff(page: Page) {
  await page.goto(url('/staff/sign-in'));
  await page.getByLabel('Staff password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in to the console' }).click();
  await expect(page).toHaveURL(/\/staff$/);
}

/** The customer's order page in a browser reaches the eSIM (polling, as a customer would wait). */
async function expectEsimShown(page: Page, orderPath: string) {
  await page.goto(url(orderPath));
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready', { timeout: 30_000 });
  await expect(page.getByRole('img', { name: /QR/ })).toBeVisible();
}

test('a crash while the provider is slow to answer the payment report: the order shows its eSIM, reported once', async ({ page }) => {
  test.setTimeout(90_000);
  const orderPath = await placeOrder(PACKAGES.slowReport);
  const ref = orderPath.split('/').pop()!;
  // The provider takes the report at once and answers late: the shop dies waiting for the answer.
  sandbox.sandbox.control.addLatency(WEBHOOK, 30_000, 1);
  const paying = cutOff(postForm(orderPath, await paymentFormOf(orderPath)));
  await crashDuringProviderCall();
  expect(await paying).toBe('cut off');
  const [atProvider] = sandboxOrdersOf(PACKAGES.slowReport);
  expect(atProvider).toMatchObject({ status: 'paid' });
  expect(shopRecords(ref).report).toMatchObject({ state: 'sending' });

  await restart();
  await expectEsimShown(page, orderPath);
  // Past the in-flight deadline the pass records the report as accepted: it never sends it again.
  await expect.poll(() => shopRecords(ref).report, { timeout: 30_000 }).toMatchObject({ state: 'answered', code: 0, attempts: 1 });
  expect(shopRecords(ref).payments).toEqual([{ status: 'succeeded' }]);
  expect(atProvider!.reports.map((report) => report.code)).toEqual([0]);

  await signInStaff(page);
  await page.goto(url(`/staff/orders/${ref}`));
  await expect(page.getByTestId('recovery-log').locator('[data-action="report_confirmed_paid"]')).toBeVisible();
});

test('a crash while the payment report never reached the provider: sent once more, the eSIM is issued', async ({ page }) => {
  test.setTimeout(90_000);
  const orderPath = await placeOrder(PACKAGES.lostReport);
  const ref = orderPath.split('/').pop()!;
  // The provider holds the report without taking it: the shop dies waiting.
  sandbox.sandbox.control.forceTimeout(WEBHOOK, 1);
  const paying = cutOff(postForm(orderPath, await paymentFormOf(orderPath)));
  await crashDuringProviderCall();
  expect(await paying).toBe('cut off');
  const [atProvider] = sandboxOrdersOf(PACKAGES.lostReport);
  expect(atProvider).toMatchObject({ status: 'reserved', reports: [] });

  await restart();
  // Until the deadline the order page says the payment is being processed; then the pass asks the
  // provider, which still waits for a report, and sends it once more.
  await expectEsimShown(page, orderPath);
  expect(atProvider).toMatchObject({ status: 'paid' });
  expect(atProvider!.reports.map((report) => report.code)).toEqual([0]);
  expect(shopRecords(ref)).toMatchObject({ payments: [{ status: 'succeeded' }], report: { state: 'answered', code: 0, attempts: 2 } });

  await signInStaff(page);
  await page.goto(url('/staff/orders'));
  await expect(page.getByTestId('recovery-log').locator('[data-action="report_resent"]', { hasText: ref })).toBeVisible();
});

test('a crash during the pre-order: the key becomes unconfirmed, staff see it, the retry gets a clear answer', async ({ page }) => {
  test.setTimeout(90_000);
  const form = await orderFormOf(PACKAGES.preOrder, 'crash-pre-order@example.com');
  // The provider takes the pre-order at once and answers late: the shop dies before storing the order.
  sandbox.sandbox.control.addLatency(PRE_ORDER, 30_000, 1);
  const placing = cutOff(postForm(`/en/packages/${PACKAGES.preOrder}`, form));
  await crashDuringProviderCall();
  expect(await placing).toBe('cut off');
  expect(sandboxOrdersOf(PACKAGES.preOrder)).toHaveLength(1);
  expect(keyState(form.idempotencyKey)).toBe('pending');

  await restart();
  // Past the in-flight deadline the pass turns the key that was left pending into an unconfirmed one.
  await expect.poll(() => keyState(form.idempotencyKey), { timeout: 30_000 }).toBe('unconfirmed');
  // The customer sends the same form again (the browser's back button, a reload that re-posts).
  const retry = await postForm(`/en/packages/${PACKAGES.preOrder}`, form);
  expect(retry.status).toBe(200);
  // The form's alert region: the page's script payload carries message texts too, so only this counts.
  const alert = /role="alert"[^>]*><div[^>]*><p[^>]*>[^<]*<\/p><p>([^<]*)<\/p>/.exec(await retry.text());
  expect(decodeHtml(alert?.[1] ?? '')).toBe(message('en', 'orderForm.errors.unconfirmed'));
  // Never sent again: still the one order at the provider, and none at the shop.
  expect(sandboxOrdersOf(PACKAGES.preOrder)).toHaveLength(1);
  expect(shopOrdersOf('crash-pre-order@example.com')).toBe(0);

  await signInStaff(page);
  await page.goto(url('/staff/orders'));
  const unconfirmed = page.getByTestId('unconfirmed-pre-orders');
  await expect(unconfirmed).toContainText(form.idempotencyKey);
  await expect(unconfirmed).toContainText('crash-pre-order@example.com');
  await expect(page.getByTestId('recovery-log').locator('[data-action="pre_order_unconfirmed"]', { hasText: form.idempotencyKey })).toBeVisible();
});

test('a crash while the shop hands a message to the SMTP server: after the restart it is delivered, once', async () => {
  const email = 'crash-mail@example.com';
  // The SMTP server takes the connection but does not answer yet: the send is in flight.
  const release = mail.hold();
  await placeOrderFor(PACKAGES.mail, email);
  const outbox = () =>
    readShop((db) => db.prepare("SELECT state, attempts FROM outbox WHERE recipient = ? AND kind = 'order_received'").get(email) as
      | { state: string; attempts: number }
      | undefined);
  await expect.poll(() => mail.holding(), { timeout: 10_000, intervals: [25] }).toBeGreaterThan(0);
  expect(outbox()).toEqual({ state: 'sending', attempts: 1 });
  await shop!.crash();
  shop = undefined;
  release();
  const received = async () => (await mail.messages()).filter((message) => message.to.includes(email));
  expect(await received()).toEqual([]);

  await restart();
  // Once the dead claim's lease has run out, another pass sends it: it arrives, once.
  await expect.poll(async () => (await received()).length, { timeout: 20_000 }).toBe(1);
  await expect.poll(() => outbox()?.state, { timeout: 10_000 }).toBe('sent');
  expect(outbox()?.attempts).toBe(2);
  expect(await received()).toHaveLength(1);
});

test('an SMTP server that refuses for a minute: the message waits, tried again and again, then arrives once', async () => {
  test.setTimeout(150_000);
  const email = 'outage-mail@example.com';
  const outageEnds = Date.now() + 60_000;
  mail.refuseUntil(new Date(outageEnds));
  await placeOrderFor(PACKAGES.outage, email);
  const outbox = () =>
    readShop((db) => db.prepare("SELECT state, attempts, last_error AS lastError FROM outbox WHERE recipient = ? AND kind = 'order_received'").get(email) as
      | { state: string; attempts: number; lastError: string | null }
      | undefined);
  const received = async () => (await mail.messages()).filter((message) => message.to.includes(email));
  // Refused and kept: queued again with the server's answer, several tries during the outage.
  await expect.poll(() => outbox()?.attempts ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  // Between tries it waits queued with the server's answer; at any one look a try may be in flight
  // (`sending`), so the look is repeated until it falls between two.
  await expect.poll(() => outbox(), { timeout: 10_000 }).toMatchObject({ state: 'queued', lastError: expect.stringContaining('451') });
  expect(await received()).toEqual([]);
  await expect.poll(async () => (await received()).length, { timeout: 90_000 }).toBe(1);
  expect(Date.now()).toBeGreaterThanOrEqual(outageEnds);
  await expect.poll(() => outbox()?.state, { timeout: 10_000 }).toBe('sent');
  expect(await received()).toHaveLength(1);
});
