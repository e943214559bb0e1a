import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CARDS, pay, preOrder } from './support/shop';
import { locales, message } from './support/messages';
import { StaffConsole } from './support/pages';
import { SAME_ORIGIN, signInStaff, staffContext } from './support/staff';
import { E2E_ACCESS_TOKEN } from './test-config';

// Scenarios steer the whole sandbox: this file runs alone, after the other suites (see playwright.config.ts).
test.describe.configure({ mode: 'serial' });

let staff: BrowserContext;
let console_: Page;
/** The console's page object on the same page, for what a partner's tests would read too. */
let consoleView: StaffConsole;
test.beforeAll(async ({ browser }) => {
  staff = await staffContext(browser);
  console_ = await staff.newPage();
  consoleView = new StaffConsole(console_);
});
test.afterAll(async () => {
  await staff.request.post('/api/sandbox-control', { headers: SAME_ORIGIN, data: { action: 'clearScenarios' } });
  await staff.close();
});

async function applyForcedCode(page: Page, path: string, code: string, count: string) {
  await page.goto('/staff');
  const form = page.getByRole('form', { name: 'Answer a business code' });
  await form.getByLabel('Endpoint').selectOption(path);
  await form.getByLabel('Code').selectOption(code);
  await form.getByLabel('Number of calls').fill(count);
  await form.getByRole('button', { name: 'Apply scenario' }).click();
  return form;
}

test('a forced 3005 on the webhook: the customer sees it, the log shows it; cleared, the next order succeeds', async ({ page }) => {
  const form = await applyForcedCode(console_, '/v1.1/payment/webhook', '3005', '1');
  await expect(form.getByRole('status')).toHaveText('Scenario applied.');
  await expect(console_.getByTestId('scenarios-in-force')).toContainText('/v1.1/payment/webhook answers code 3005 (1 left)');

  // The customer, in another browser, sees the banner and then the failure.
  await page.goto('/');
  await expect(page.getByTestId('scenario-banner')).toContainText('answers code 3005');
  const url = await preOrder(page, 1000000, 'staff-scenario@example.com');
  const ref = url.split('/').pop()!;
  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'sold_out');
  await expect(page.getByTestId('order-stage')).toContainText('code 3005');
  await expect(page.getByRole('link', { name: 'Order again' })).toBeVisible();

  // The matching call in the log, filtered by endpoint, code and order.
  await console_.goto(`/staff/calls?endpoint=${encodeURIComponent('/v1.1/payment/webhook')}&code=3005&order=${ref}`);
  const rows = console_.getByTestId('call-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('call-code')).toHaveText('3005');
  await rows.first().getByRole('link', { name: /^Open call/ }).click();
  await expect(console_.getByTestId('call-response')).toContainText('3005');
  await expect(console_.getByTestId('call-curl')).toContainText('x-access-token: $LINKSFIELD_ACCESS_TOKEN');
  await expect(console_.getByText('Only read calls can be replayed')).toBeVisible();

  // The order as staff see it: the report and its answer, and the calls that belong to it.
  await consoleView.openOrder(ref);
  await expect(consoleView.orderStage).toHaveText('sold_out');
  await expect(consoleView.orderReport).toContainText('3005');
  const calls = JSON.parse(await consoleView.exportCalls('json', ref)) as { calls: { endpoint: string; orderRef: string }[] };
  expect(calls.calls.map((call) => call.endpoint)).toEqual(expect.arrayContaining(['/v1.1/package/preOrderPackage', '/v1.1/payment/webhook']));
  expect(calls.calls.every((call) => call.orderRef === ref)).toBe(true);

  // Clear the scenario: the banner goes and the next order gets its eSIM.
  await console_.goto('/staff');
  await console_.getByRole('form', { name: 'Clear all scenarios' }).getByRole('button').click();
  await expect(console_.getByTestId('scenarios-in-force')).toContainText('No scenario in force.');
  await page.goto('/');
  await expect(page.getByTestId('scenario-banner')).toHaveCount(0);
  await preOrder(page, 1000000, 'staff-scenario@example.com');
  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
});

test('a provider that times out while the order page polls: a clear message, nothing lost, then it carries on', async ({ page }) => {
  await preOrder(page, 1000016, 'slow-provider@example.com');
  const orderNo = await page.getByTestId('order-no').innerText();
  const response = await staff.request.post('/api/sandbox-control', {
    headers: SAME_ORIGIN,
    data: { action: 'forceTimeout', path: '/package/queryOrdStatusAndEmail', count: 2 },
  });
  expect(response.ok()).toBe(true);
  await expect(page.getByText('The eSIM provider is slow to answer. We keep trying; nothing is lost.')).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByTestId('order-no')).toHaveText(orderNo);
  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready', { timeout: 20_000 });
  await staff.request.post('/api/sandbox-control', { headers: SAME_ORIGIN, data: { action: 'clearScenarios' } });
});

test('a signed-in customer whose provider session ends (code 7) is signed out with a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('traveller@sandbox.esim-qr-mall.test');
  await page.getByLabel('Password').fill('traveller-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/my-esims$/);
  await preOrder(page, 1000000, 'traveller@sandbox.esim-qr-mall.test');
  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  const ref = page.url().split('/').pop()!;

  await staff.request.post('/api/sandbox-control', {
    headers: SAME_ORIGIN,
    data: { action: 'forceCode', path: '/v1.1/order/myEsimDetail', code: 7, count: 1 },
  });
  await page.goto(`/my-esims/${ref}`);
  await expect(page).toHaveURL(/\/sign-in\?expired=1/);
  await expect(page.getByText('Your session has expired. Please sign in again.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  // Nothing recorded is lost: the order page still has the eSIM.
  await page.goto(`/orders/${ref}`);
  await expect(page.getByTestId('esim-qr')).toBeVisible();
});

test('scenario forms refuse bad input with a clear message and change nothing', async () => {
  let form = await applyForcedCode(console_, '/v1.1/payment/webhook', '3005', '-2');
  await expect(form.getByRole('status')).toHaveText('The scenario was not applied: Check Number of calls: a value is missing or out of range.');
  form = await applyForcedCode(console_, '/v1.1/payment/webhook', '3005', '1');
  await console_.reload();
  // Tampered with: a code and an endpoint the sandbox does not know.
  form = console_.getByRole('form', { name: 'Answer a business code' });
  await form.getByLabel('Code').evaluate((select: HTMLSelectElement) => select.add(new Option('1234', '1234')));
  await form.getByLabel('Code').selectOption('1234');
  await form.getByRole('button', { name: 'Apply scenario' }).click();
  await expect(form.getByRole('status')).toContainText('Check Code:');
  await form.getByLabel('Code').selectOption('9999');
  await form.getByLabel('Endpoint').evaluate((select: HTMLSelectElement) => select.add(new Option('/v9/nope', '/v9/nope')));
  await form.getByLabel('Endpoint').selectOption('/v9/nope');
  await form.getByRole('button', { name: 'Apply scenario' }).click();
  await expect(form.getByRole('status')).toContainText('Check Endpoint:');
  const latency = console_.getByRole('form', { name: 'Add latency' });
  await latency.getByLabel('Latency (ms)').fill('-5');
  await latency.getByRole('button', { name: 'Apply scenario' }).click();
  await expect(latency.getByRole('status')).toContainText('Check Latency (ms):');
  // Only the one valid scenario is in force.
  const snapshot = (await (await staff.request.get('/api/sandbox-control')).json()) as { scenarios: unknown[] };
  expect(snapshot.scenarios).toHaveLength(1);
  await console_.getByRole('form', { name: 'Clear all scenarios' }).getByRole('button').click();
  await expect(console_.getByTestId('scenarios-in-force')).toContainText('No scenario in force.');
});

test('the flow check passes on the sandbox, step by step, each with its call', async () => {
  expect(await consoleView.providerMode()).toBe('sandbox');
  await expect(consoleView.envMode).toHaveText('Built-in sandbox');
  await expect(console_.getByTestId('env-token')).toHaveText('Valid');
  await expect(console_.getByTestId('env-accept-language')).toHaveText('en-US');
  // The environment panel names how the shop authenticates, never the token itself.
  await expect(console_.getByTestId('env-auth')).toHaveText('Access token configured');
  expect(await console_.content()).not.toContain(E2E_ACCESS_TOKEN);
  await console_.getByRole('button', { name: 'Run the flow check' }).click();
  await expect(console_.getByTestId('flow-result')).toHaveText('All steps passed.', { timeout: 30_000 });
  for (const step of ['login', 'countries', 'packages', 'detail', 'preOrder', 'paypal', 'payment', 'webhook', 'status', 'esimDetail']) {
    await expect(console_.getByTestId(`flow-step-${step}`)).toContainText('passed');
  }
  // On the sandbox the stand-in's buyer approves, and PayPal pays: the provider's clientId collects.
  await expect(console_.getByTestId('flow-step-paypal')).toContainText('provider collects');
  await expect(console_.getByTestId('flow-step-payment')).toContainText('paypal');
  await expect(console_.getByTestId('flow-step-webhook').getByRole('link')).not.toHaveCount(0);
});

test('replaying a read call compares the answers', async () => {
  await console_.goto(`/staff/calls?endpoint=${encodeURIComponent('/v1.1/package/detail')}`);
  await console_.getByTestId('call-row').first().getByRole('link', { name: /^Open call/ }).click();
  await console_.getByRole('button', { name: 'Replay this call' }).click();
  await expect(console_.getByText('Same answer as logged.')).toBeVisible();
});

test('the exported log holds no token and no activation code', async () => {
  // Make sure there are eSIM details in the log to redact.
  await console_.goto('/staff');
  await console_.getByRole('button', { name: 'Run the flow check' }).click();
  await expect(console_.getByTestId('flow-result')).toHaveText('All steps passed.', { timeout: 30_000 });
  const json = await staff.request.get('/api/staff/export?format=json');
  const report = await staff.request.get('/api/staff/export?format=md');
  expect(json.headers()['content-disposition']).toContain('attachment');
  const jsonText = await json.text();
  const reportText = await report.text();
  expect(jsonText).toContain('/v1.1/order/myEsimDetail');
  expect(reportText).toContain('/v1.1/order/myEsimDetail');
  for (const text of [jsonText, reportText]) {
    expect(text).not.toContain(E2E_ACCESS_TOKEN);
    expect(text).not.toMatch(/LPA:1\$/i);
    expect(text).toContain('[redacted');
  }
});

test('every staff route and action refuses an anonymous caller, with no side effect', async ({ browser, page }) => {
  // Capture the console's real server actions (their ids and bodies) as staff use them.
  const actions: { url: string; headers: Record<string, string>; body: Buffer }[] = [];
  const recorder = await staff.newPage();
  recorder.on('request', (request) => {
    const headers = request.headers();
    if (request.method() === 'POST' && headers['next-action']) {
      actions.push({ url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) });
    }
  });
  await recorder.goto('/staff');
  await recorder.getByRole('form', { name: 'Clear all scenarios' }).getByRole('button').click();
  await expect(recorder.getByRole('form', { name: 'Clear all scenarios' }).getByRole('status')).toHaveText('Scenario applied.');
  const codeForm = recorder.getByRole('form', { name: 'Answer a business code' });
  await codeForm.getByLabel('Code').selectOption('9999');
  await codeForm.getByRole('button', { name: 'Apply scenario' }).click();
  await expect(codeForm.getByRole('status')).toHaveText('Scenario applied.');
  await recorder.getByRole('form', { name: 'Clear all scenarios' }).getByRole('button').click();
  await expect(recorder.getByRole('form', { name: 'Clear all scenarios' }).getByRole('status')).toHaveText('Scenario applied.');
  expect(actions.length).toBeGreaterThanOrEqual(2);

  const anonymous = await browser.newContext();
  for (const path of ['/staff', '/staff/calls', '/staff/calls/1', '/staff/orders', '/staff/orders/AAAAAAAAAAAAAAAAAAAAAA']) {
    const anonymousPage = await anonymous.newPage();
    await anonymousPage.goto(path);
    await expect(anonymousPage).toHaveURL(/\/staff\/sign-in$/);
    await expect(anonymousPage.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    await anonymousPage.close();
  }
  for (const [method, path] of [
    ['GET', '/api/staff/calls'],
    ['GET', '/api/staff/export?format=json'],
    ['GET', '/api/staff/export?format=md'],
    ['GET', '/api/sandbox-control'],
    ['POST', '/api/sandbox-control'],
    ['POST', '/api/staff/catalog-refresh'],
  ] as const) {
    const response = await anonymous.request.fetch(path, { method, data: method === 'POST' ? { action: 'reset' } : undefined });
    expect(response.status(), `${method} ${path}`).toBe(401);
  }
  // The staff's own action calls, replayed without the staff cookie.
  for (const action of actions) {
    const headers = { ...action.headers };
    delete headers.cookie;
    const response = await anonymous.request.post(action.url, { headers, data: action.body });
    expect(response.status()).toBeGreaterThanOrEqual(400);
  }
  const snapshot = (await (await staff.request.get('/api/sandbox-control')).json()) as { scenarios: unknown[] };
  expect(snapshot.scenarios).toEqual([]);
  await anonymous.close();

  // A wrong password is refused, and slowed down the second time.
  await page.goto('/staff/sign-in');
  for (const expectedMinimumMs of [0, 400]) {
    await page.getByLabel('Staff password').fill('not-the-password');
    const started = Date.now();
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/staff/sign-in')),
      page.getByRole('button', { name: 'Sign in to the console' }).click(),
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(expectedMinimumMs);
    await expect(page.getByRole('alert').filter({ hasText: 'That password is not right' })).toBeVisible();
  }
  await signInStaff(page);
});

test('the scenario banner speaks every language, with the right <html lang>', async ({ browser }) => {
  // A scenario in force (the page itself may be served from the catalog's cached copy).
  const forced = await staff.request.post('/api/sandbox-control', {
    headers: SAME_ORIGIN,
    data: { action: 'forceMalformed', path: '/v1.1/package/detail', kind: 'http-500', count: 1000 },
  });
  expect(forced.ok()).toBe(true);
  for (const locale of locales) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/packages/1000000');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // The banner words the scenario in the page's language too.
    const banner = page.getByTestId('scenario-banner');
    await expect(banner).toContainText(message(locale, 'staff.scenarios.banner').split('{')[0]!);
    await expect(banner).toContainText('/v1.1/package/detail');
    await expect(banner).not.toContainText('⟦');
    await context.close();
  }
  await staff.request.post('/api/sandbox-control', { headers: SAME_ORIGIN, data: { action: 'clearScenarios' } });
});
