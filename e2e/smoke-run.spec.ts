import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/pages';
import { startShop, type ShopProcess } from './support/shop-process';
import { E2E_ACCESS_TOKEN, E2E_BASE_URL, E2E_PORT } from './test-config';

/**
 * `npm run smoke` as staff run it against UAT: here the UAT is a second shop of the same build
 * (E2E_PORT + 50) whose provider is this suite's shop's sandbox, reached as a real upstream, with
 * PayPal's SDK from that sandbox's stand-in (UAT would load PayPal's own).
 */
const PORT = Number(process.env.SMOKE_PORT ?? E2E_PORT + 50);
const STAFF_PASSWORD = 'smoke-staff-password';
const SHOP_SETTINGS = [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!);
const PRE_ORDER = '/v1.1/package/preOrderPackage';

let shop: ShopProcess;
let dataDir: string;
let reportDir: string;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shop-uat-'));
  reportDir = mkdtempSync(join(tmpdir(), 'smoke-report-'));
  shop = await startShop(PORT, {
    ...Object.fromEntries(SHOP_SETTINGS.map((name) => [name, ''])),
    LINKSFIELD_BASE_URL: `${E2E_BASE_URL}/api/sandbox`,
    LINKSFIELD_ACCESS_TOKEN: E2E_ACCESS_TOKEN,
    LINKSFIELD_PARTNER_CODE: '1000000005',
    SESSION_SECRET: 'smoke-uat-session-secret-of-32-characters-or-more',
    // Plain HTTP on the loopback: a real deployment keeps the default (Secure).
    SESSION_COOKIE_SECURE: 'false',
    STAFF_PASSWORD,
    SHOP_DATA_DIR: dataDir,
    PAYPAL_SDK_BASE_URL: `${E2E_BASE_URL}/api/sandbox/paypal/sdk/js`,
  });
});

test.afterAll(async () => {
  await shop?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  if (!process.env.KEEP_SMOKE_REPORT) rmSync(reportDir, { recursive: true, force: true });
});

/** The Playwright runner's own settings of this worker, which a nested run must not inherit. */
const inherited = (name: string) => name.startsWith('PW_') || name.startsWith('TEST_') || name.startsWith('PLAYWRIGHT_') || name === 'NODE_OPTIONS';

/** `npm run smoke -- --base-url <the second shop> …args` with `env`; its exit code and everything it printed. */
function runSmoke(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; output: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !inherited(name))) as NodeJS.ProcessEnv;
  const child = spawn('npm', ['run', '--silent', 'smoke', '--', '--base-url', shop.url, ...args], {
    env: { ...base, FORCE_COLOR: '0', SMOKE_STAFF_PASSWORD: STAFF_PASSWORD, SMOKE_REPORT_DIR: reportDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

test('refuses to order against a real upstream without SMOKE_ALLOW_ORDERS=1, and nothing is ordered', async ({ staffConsole }) => {
  const { code, output } = await runSmoke({ SMOKE_ALLOW_ORDERS: '' }, ['--grep', '@orders']);
  expect(code, output).toBe(1);
  // Said before any test runs, then again by the test that orders.
  expect(output).toMatch(/\[smoke\] creates: .*only if the staff console shows the built-in sandbox/);
  expect(output).toContain(`Refusing to place an order: ${shop.url} talks to a real provider`);
  await staffConsole.signIn(STAFF_PASSWORD);
  expect(await staffConsole.providerMode()).toBe('upstream');
  const calls = JSON.parse(await staffConsole.exportCalls('json')) as { calls: { endpoint: string }[] };
  expect(calls.calls.filter((call) => call.endpoint === PRE_ORDER)).toEqual([]);
});

test('with SMOKE_ALLOW_ORDERS=1 it passes, buying once, and leaves the HTML report and the order\'s calls', async ({ staffConsole }) => {
  test.setTimeout(150_000);
  const { code, output } = await runSmoke({ SMOKE_ALLOW_ORDERS: '1' });
  expect(code, output).toBe(0);
  expect(output).toMatch(/\b3 passed\b/);
  expect(output).toContain('[smoke] payment: paypal-stand-in');

  expect(readdirSync(join(reportDir, 'html'))).toContain('index.html');
  const logs = readdirSync(join(reportDir, 'call-log')).sort();
  expect(logs).toHaveLength(2);
  expect(logs[0]).toMatch(/\.json$/);
  expect(logs[1]).toMatch(/\.md$/);
  const exported = JSON.parse(readFileSync(join(reportDir, 'call-log', logs[0]!), 'utf8')) as { calls: { id: number; endpoint: string; orderRef: string }[] };
  const [ref] = new Set(exported.calls.map((call) => call.orderRef));
  expect(exported.calls.map((call) => call.endpoint)).toEqual(expect.arrayContaining([PRE_ORDER, '/v1.1/payment/webhook']));

  // The shop's own log: the run placed exactly one pre-order, and the report holds its calls alone.
  await staffConsole.signIn(STAFF_PASSWORD);
  const all = JSON.parse(await staffConsole.exportCalls('json')) as { calls: { id: number; endpoint: string; orderRef: string | null }[] };
  expect(all.calls.filter((call) => call.endpoint === PRE_ORDER).map((call) => call.orderRef)).toEqual([ref]);
  // The report holds every call of the order up to its export. The shop may read the order again
  // afterwards (its e-mail reads the eSIM), never write: no other pre-order or report.
  const ofOrder = all.calls.filter((call) => call.orderRef === ref);
  expect(ofOrder.map((call) => call.id)).toEqual(expect.arrayContaining(exported.calls.map((call) => call.id)));
  const exportedIds = new Set(exported.calls.map((call) => call.id));
  const after = ofOrder.filter((call) => !exportedIds.has(call.id)).map((call) => call.endpoint);
  expect(after.filter((endpoint) => endpoint === PRE_ORDER || endpoint === '/v1.1/payment/webhook')).toEqual([]);
});
