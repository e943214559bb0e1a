import { test as base, expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { confirmCompatible, CARDS, pay, preOrder, sandboxOrder } from './support/shop';
import { mailTo } from './support/mailbox';
import { SAME_ORIGIN, staffContext } from './support/staff';

/**
 * The sandbox's fault scenarios, met through the real pages: slow answers, timeouts, HTTP 500,
 * malformed JSON, an envelope without `data`, code 7 and every documented business code, on the
 * catalog, the package page, the pre-order, the payment report, the order status and the eSIM.
 * Each time the customer reads a clear message, the page does not crash, and the sandbox holds the
 * orders it should: none for a refused pre-order, never two. Scenarios steer the whole sandbox, so
 * this file runs alone (its own project, after the staff scenarios).
 */
// In order, one at a time (one worker); a failure does not stop the tests after it.
base.describe.configure({ mode: 'default' });

/** A page that also fails its test on any uncaught error in the browser. */
const test = base.extend<{ page: Page }>({
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await provide(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

const CATALOG_PATHS = { countries: '/package/countryPackageList', packages: '/v1.1/package/packageList' } as const;
const DETAIL = '/v1.1/package/detail';
const PRE_ORDER = '/v1.1/package/preOrderPackage';
const WEBHOOK = '/v1.1/payment/webhook';
const STATUS = '/package/queryOrdStatusAndEmail';
const ESIM = '/v1.1/order/myEsimDetail';

/** Each way an answer can go wrong, as the sandbox's control API sets it up for the next `count` calls. */
type Fault =
  | { kind: 'code'; code: number }
  | { kind: 'timeout' }
  | { kind: 'malformed'; malformed: 'not-json' | 'no-data' | 'http-500' }
  | { kind: 'latency'; ms: number };

const FAULTS = {
  timeout: { kind: 'timeout' },
  http500: { kind: 'malformed', malformed: 'http-500' },
  notJson: { kind: 'malformed', malformed: 'not-json' },
  noData: { kind: 'malformed', malformed: 'no-data' },
  code7: { kind: 'code', code: 7 },
  code9999: { kind: 'code', code: 9999 },
} as const satisfies Record<string, Fault>;

const describeFault = (fault: Fault) =>
  fault.kind === 'code' ? `code ${fault.code}` : fault.kind === 'malformed' ? fault.malformed : fault.kind === 'latency' ? `${fault.ms} ms late` : 'a timeout';

/** How many calls one read makes under `fault`: a timeout or a 5xx is tried again once (LINKSFIELD_READ_RETRIES=1 in e2e). */
const triesOf = (fault: Fault) => (fault.kind === 'timeout' || (fault.kind === 'malformed' && fault.malformed === 'http-500') ? 2 : 1);

/** No answer the shop can use: every kind of failure except a late but complete answer. */
const FAILURES: Fault[] = [FAULTS.timeout, FAULTS.http500, FAULTS.notJson, FAULTS.noData, FAULTS.code7, FAULTS.code9999];

const STALE = 'The eSIM provider is not answering right now, so this list may be out of date.';
const UNAVAILABLE = 'The eSIM provider is not answering right now, so we cannot show this page. Please try again in a moment.';
const UNCONFIRMED = 'We sent your order to the eSIM provider but got no answer, so we cannot tell whether it was placed.';
const CONFIRMING = 'Your payment was taken and we are confirming it with the eSIM provider.';
const PROVIDER_SLOW = 'The eSIM provider is slow to answer. We keep trying; nothing is lost.';
const ESIM_UNAVAILABLE = 'we could not load its details from the eSIM provider just now';

let staff: BrowserContext;
let control: APIRequestContext;

base.beforeAll(async ({ browser }) => {
  staff = await staffContext(browser);
  control = staff.request;
});
base.afterAll(async () => {
  await control.post('/api/sandbox-control', { headers: SAME_ORIGIN, data: { action: 'clearScenarios' } });
  await staff.close();
});
test.afterEach(async () => {
  await steer({ action: 'clearScenarios' });
});

async function steer(data: Record<string, unknown>) {
  const response = await control.post('/api/sandbox-control', { headers: SAME_ORIGIN, data });
  expect(response.ok(), await response.text()).toBe(true);
}

/** The next `count` calls to `path` go wrong in the way `fault` says. */
async function inject(path: string, fault: Fault, count: number) {
  if (fault.kind === 'code') await steer({ action: 'forceCode', path, code: fault.code, count });
  else if (fault.kind === 'timeout') await steer({ action: 'forceTimeout', path, count });
  else if (fault.kind === 'malformed') await steer({ action: 'forceMalformed', path, kind: fault.malformed, count });
  else await steer({ action: 'addLatency', path, ms: fault.ms, count });
}

async function sandboxOrders(): Promise<{ orderNo: string; packageId: number; status: string; reports: { code: number }[] }[]> {
  const response = await control.get('/api/sandbox-control');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { orders: { orderNo: string; packageId: number; status: string; reports: { code: number }[] }[] }).orders;
}

/** The calls the shop made to `endpoint` for one order, from the staff call log. */
async function callsFor(ref: string, endpoint: string): Promise<number> {
  const response = await control.get(`/api/staff/calls?order=${ref}&endpoint=${encodeURIComponent(endpoint)}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { calls: unknown[] }).calls.length;
}

/** The newest call id in the staff call log for `endpoint` (0 when none). */
async function newestCall(endpoint: string): Promise<number> {
  const response = await control.get(`/api/staff/calls?endpoint=${encodeURIComponent(endpoint)}&limit=1`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { calls: { id: number }[] }).calls[0]?.id ?? 0;
}

/** Not the error boundary: the shop's own page, with its header, still stands. */
async function expectNoCrash(page: Page) {
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'eSIM QR Mall' })).toBeVisible();
}

const refOf = (page: Page) => page.url().split('/').pop()!;
const orderAlert = (page: Page) => page.getByRole('form', { name: 'Order' }).getByRole('alert');

test.describe('catalog', () => {
  /**
   * The shop's catalog copy made due, with the fault set first, from a blank page: a page left open
   * would prefetch country pages and refresh the catalog before the test's own view.
   */
  async function refreshWith(page: Page, path: string, fault: Fault) {
    // The last page's prefetches are answered before the fault is set, so none of them takes it.
    await page.waitForLoadState('networkidle');
    await page.goto('about:blank');
    await inject(path, fault, triesOf(fault));
    expect((await control.post('/api/staff/catalog-refresh', { headers: SAME_ORIGIN, data: {} })).ok()).toBe(true);
  }

  test('a failing or slow provider on refresh: the destinations and packages stay, said to be old', async ({ page }) => {
    await page.goto('/');
    for (const fault of FAILURES) {
      await test.step(`destinations: ${describeFault(fault)}`, async () => {
        await refreshWith(page, CATALOG_PATHS.countries, fault);
        await page.goto('/');
        await expect(page.getByTestId('stale-catalog')).toContainText(STALE);
        await expect(page.getByRole('link', { name: /Japan/ }).first()).toBeVisible();
        await expectNoCrash(page);
      });
    }
    await test.step("a country's packages: an HTTP 500", async () => {
      await page.goto('/countries/440');
      await refreshWith(page, CATALOG_PATHS.packages, FAULTS.http500);
      await page.goto('/countries/440');
      await expect(page.getByTestId('stale-catalog')).toContainText(STALE);
      await expect(page.getByRole('link', { name: /^Order / }).first()).toBeVisible();
      await expectNoCrash(page);
    });
    await test.step('slow but in time, then healthy again: fresh, no notice', async () => {
      await refreshWith(page, CATALOG_PATHS.countries, { kind: 'latency', ms: 1500 });
      await page.goto('/');
      await expect(page.getByRole('link', { name: /Japan/ }).first()).toBeVisible();
      await expect(page.getByTestId('stale-catalog')).toHaveCount(0);
    });
    // Only staff may make the catalog reload.
    expect((await page.request.post('/api/staff/catalog-refresh')).status()).toBe(401);
  });
});

test.describe('package page', () => {
  test('every failure of the detail call: a clear message in the page, and a retry that works', async ({ page }) => {
    for (const fault of FAILURES) {
      await test.step(describeFault(fault), async () => {
        await inject(DETAIL, fault, triesOf(fault));
        await page.goto('/packages/1000000');
        await expect(page.getByTestId('catalog-unavailable')).toContainText(UNAVAILABLE);
        await expect(page.getByRole('button', { name: 'Pre-order' })).toHaveCount(0);
        await expectNoCrash(page);
        await steer({ action: 'clearScenarios' });
        await page.getByRole('link', { name: 'Try again' }).click();
        await expect(page.getByRole('button', { name: 'Pre-order' })).toBeVisible();
      });
    }
    await test.step('code 2: the package does not exist', async () => {
      await inject(DETAIL, { kind: 'code', code: 2 }, 1);
      const response = await page.goto('/packages/1000000');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    });
    await test.step('slow but in time', async () => {
      await inject(DETAIL, { kind: 'latency', ms: 1500 }, 1);
      await page.goto('/packages/1000000');
      await expect(page.getByRole('button', { name: 'Pre-order' })).toBeVisible();
    });
  });

  test('"Try again" reads the provider afresh, while the cached copy still shows the failure', async ({ page }) => {
    // One failed read: the copy rendered after the sandbox change shows it (the page is cached).
    await inject(DETAIL, FAULTS.code9999, triesOf(FAULTS.code9999));
    await page.goto('/packages/1000001');
    await expect(page.getByTestId('catalog-unavailable')).toContainText(UNAVAILABLE);
    // Nothing is steered between: only the retry's own read can find the provider well again.
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect(page).toHaveURL(/\/packages\/1000001\?retry=1$/);
    await expect(page.getByRole('button', { name: 'Pre-order' })).toBeVisible();
    await page.goto('/packages/1000001');
    await expect(page.getByTestId('catalog-unavailable')).toContainText(UNAVAILABLE);
    // A change to the sandbox, like a staff catalog refresh, renders the copy again at once.
    await steer({ action: 'clearScenarios' });
    await page.goto('/packages/1000001');
    await expect(page.getByRole('button', { name: 'Pre-order' })).toBeVisible();
  });
});

test.describe('pre-order', () => {
  const PACKAGE = 1000111;
  const count = async () => (await sandboxOrders()).filter((order) => order.packageId === PACKAGE).length;

  /** The words for each code the pre-order can be refused with; each one is shown, none places an order. */
  const REFUSALS: [number, string][] = [
    [2, 'The eSIM provider could not accept this order as entered (code 2). Check your choices and try again.'],
    [7, 'The shop could not sign in to the eSIM provider (code 7). Please try again in a minute.'],
    [1102, 'The eSIM provider could not read the order time (code 1102). Please try again.'],
    [3004, "The eSIM provider's order system had a problem (code 3004). Please try again in a few minutes."],
    [3005, 'This package is sold out right now: no eSIM is free (code 3005). Try again later or choose another package.'],
    [6006, 'This order expired before payment was confirmed (code 6006). Please order again.'],
    [10008, 'The eSIM provider does not know this order (code 10008). Please order again or contact support.'],
    [10009, 'The amount paid does not match the order (code 10009). Please contact support.'],
    [9999, 'The eSIM provider had an unexpected problem (code 9999). Please try again later.'],
  ];

  test('every business code: its own message, no order; then the same form places exactly one', async ({ page }) => {
    const before = await count();
    await page.goto(`/packages/${PACKAGE}`);
    await page.getByLabel('Email').fill('refused@example.com');
    for (const [code, words] of REFUSALS) {
      await test.step(`code ${code}`, async () => {
        await inject(PRE_ORDER, { kind: 'code', code }, 1);
        await confirmCompatible(page);
        await page.getByRole('button', { name: 'Pre-order' }).click();
        await expect(orderAlert(page)).toContainText(words);
        await expect(page).toHaveURL(new RegExp(`/packages/${PACKAGE}$`));
        await expectNoCrash(page);
        expect(await count()).toBe(before);
      });
    }
    await confirmCompatible(page);
    await page.getByRole('button', { name: 'Pre-order' }).click();
    await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
    expect(await count()).toBe(before + 1);
  });

  test('no usable answer: told honestly, never sent again, listed for staff', async ({ page }) => {
    const staffPage = await staff.newPage();
    const unconfirmedListed = async () => {
      await staffPage.goto('/staff/orders');
      const list = staffPage.getByTestId('unconfirmed-pre-orders');
      return (await list.count()) === 0 ? 0 : list.getByRole('listitem').count();
    };
    for (const fault of [FAULTS.timeout, FAULTS.http500, FAULTS.notJson, FAULTS.noData]) {
      await test.step(describeFault(fault), async () => {
        const [orders, listed] = [await count(), await unconfirmedListed()];
        await page.goto(`/packages/${PACKAGE}`);
        await page.getByLabel('Email').fill('no-answer@example.com');
        await inject(PRE_ORDER, fault, 1);
        await confirmCompatible(page);
        await page.getByRole('button', { name: 'Pre-order' }).click();
        await expect(orderAlert(page)).toContainText(UNCONFIRMED);
        await expectNoCrash(page);
        const sent = await newestCall(PRE_ORDER);
        // Pressed again: the same answer, and nothing more reaches the provider.
        await confirmCompatible(page);
        await page.getByRole('button', { name: 'Pre-order' }).click();
        await expect(orderAlert(page)).toContainText(UNCONFIRMED);
        expect(await newestCall(PRE_ORDER)).toBe(sent);
        expect(await count()).toBe(orders);
        expect(await unconfirmedListed()).toBe(Math.min(listed + 1, 50));
      });
    }
    await staffPage.close();
  });

  test('an answer later than the deadline: the order exists at the provider once, and is never placed twice', async ({ page }) => {
    const before = await count();
    await page.goto(`/packages/${PACKAGE}`);
    await page.getByLabel('Email').fill('late-answer@example.com');
    // The sandbox places the order, then answers after the shop's 4 s deadline.
    await inject(PRE_ORDER, { kind: 'latency', ms: 5000 }, 1);
    await confirmCompatible(page);
    await page.getByRole('button', { name: 'Pre-order' }).click();
    await expect(orderAlert(page)).toContainText(UNCONFIRMED, { timeout: 15_000 });
    await confirmCompatible(page);
    await page.getByRole('button', { name: 'Pre-order' }).click();
    await expect(orderAlert(page)).toContainText(UNCONFIRMED);
    await expect.poll(count).toBe(before + 1);

    await test.step('slow but in time: one order', async () => {
      await page.goto(`/packages/${PACKAGE}`);
      await page.getByLabel('Email').fill('slow-answer@example.com');
      await inject(PRE_ORDER, { kind: 'latency', ms: 1500 }, 1);
      await confirmCompatible(page);
      await page.getByRole('button', { name: 'Pre-order' }).dblclick();
      await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
      expect(await count()).toBe(before + 2);
    });
  });
});

test.describe('payment report', () => {
  const REFUNDED = 'Your payment has been refunded; please order again or contact support.';
  /** Every documented webhook code but 0: the stage, and the words the customer reads. */
  const REPORT_CODES: [number, string, string][] = [
    [2, 'report_refused', `The eSIM provider did not accept the payment (code 2). ${REFUNDED}`],
    [7, 'report_refused', `The eSIM provider did not accept the payment (code 7). ${REFUNDED}`],
    [1102, 'report_refused', `The eSIM provider did not accept the payment (code 1102). ${REFUNDED}`],
    [3004, 'report_refused', `The eSIM provider did not accept the payment (code 3004). ${REFUNDED}`],
    [3005, 'sold_out', 'We could not issue an eSIM: none is free for this package right now (code 3005). Your payment has been refunded.'],
    [6006, 'timed_out', 'This order expired before the payment was confirmed, and the reserved eSIM was released. Your payment has been refunded.'],
    [10008, 'report_refused', `The eSIM provider did not accept the payment (code 10008). ${REFUNDED}`],
    [10009, 'report_refused', `The eSIM provider did not accept the payment (code 10009). ${REFUNDED}`],
    [9999, 'report_refused', `The eSIM provider did not accept the payment (code 9999). ${REFUNDED}`],
  ];

  for (const [code, stage, words] of REPORT_CODES) {
    test(`code ${code}: ${stage}, said plainly, reported once, and the order may be placed again`, async ({ page }) => {
      await preOrder(page, 1000112, `report-${code}@example.com`);
      await inject(WEBHOOK, { kind: 'code', code }, 1);
      await pay(page, CARDS.succeeds);
      await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', stage);
      await expect(page.getByTestId('order-stage')).toContainText(words);
      await expect(page.getByRole('link', { name: 'Order again' })).toBeVisible();
      await expect(page.getByRole('button', { name: /^Pay / })).toHaveCount(0);
      await expectNoCrash(page);
      expect(await callsFor(refOf(page), WEBHOOK)).toBe(1);
    });
  }

  test('no usable answer: "confirming", never reported twice, and still waiting at the provider', async ({ page }) => {
    for (const fault of [FAULTS.timeout, FAULTS.http500, FAULTS.notJson, FAULTS.noData]) {
      await test.step(describeFault(fault), async () => {
        await preOrder(page, 1000112, 'report-lost@example.com');
        const orderNo = await page.getByTestId('order-no').innerText();
        await inject(WEBHOOK, fault, 1);
        await pay(page, CARDS.succeeds);
        await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'confirming', { timeout: 15_000 });
        await expect(page.getByTestId('order-stage')).toContainText(CONFIRMING);
        await expectNoCrash(page);
        await page.reload();
        await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'confirming');
        expect(await callsFor(refOf(page), WEBHOOK)).toBe(1);
        // The report never reached the sandbox: the order is still reserved there, not paid twice or lost.
        const order = await sandboxOrder(control, orderNo);
        expect(order.reports).toEqual([]);
        expect(order.status).toBe('reserved');
      });
    }
  });

  test('a report accepted after the deadline: "confirming", then the order status shows the eSIM', async ({ page }) => {
    await preOrder(page, 1000112, 'report-late@example.com');
    const orderNo = await page.getByTestId('order-no').innerText();
    // The sandbox takes the report, then answers after the shop's 4 s deadline.
    await inject(WEBHOOK, { kind: 'latency', ms: 5000 }, 1);
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', /confirming|esim_ready/, { timeout: 15_000 });
    // The poller reads the status: the provider has the payment, so the eSIM appears, once.
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready', { timeout: 20_000 });
    await expect(page.getByTestId('esim-qr')).toBeVisible();
    expect(await callsFor(refOf(page), WEBHOOK)).toBe(1);
    const order = await sandboxOrder(control, orderNo);
    expect(order.reports.map((report) => report.code)).toEqual([0]);
    expect(order.status).toBe('paid');
  });
});

test.describe('order status and eSIM', () => {
  test('the status call failing after payment: "slow to answer", then the eSIM once it recovers', async ({ page }) => {
    for (const fault of FAILURES) {
      await test.step(describeFault(fault), async () => {
        await preOrder(page, 1000113, 'status-fault@example.com');
        const orderNo = await page.getByTestId('order-no').innerText();
        // Every status call fails until cleared: the page's own and the poller's.
        await inject(STATUS, fault, 50);
        await pay(page, CARDS.succeeds);
        await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'paid', { timeout: 15_000 });
        await expect(page.getByText(PROVIDER_SLOW)).toBeVisible({ timeout: 20_000 });
        await expectNoCrash(page);
        await steer({ action: 'clearScenarios' });
        await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready', { timeout: 20_000 });
        await expect(page.getByTestId('esim-qr')).toBeVisible();
        expect((await sandboxOrder(control, orderNo)).reports).toHaveLength(1);
      });
    }
  });

  test('the eSIM detail failing: the order stays paid, the page says so, and a reload shows the QR code', async ({ page }) => {
    await preOrder(page, 1000113, 'esim-fault@example.com');
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('esim-qr')).toBeVisible();
    // The eSIM's e-mail reads the detail too: once it is sent, the faults below meet the page alone.
    const orderNo = await page.getByTestId('order-no').innerText();
    await expect
      .poll(async () => (await mailTo(control, 'esim-fault@example.com')).some((mail) => mail.subject === `Your eSIM for order ${orderNo} is ready`), { timeout: 20_000 })
      .toBe(true);
    for (const fault of FAILURES) {
      await test.step(describeFault(fault), async () => {
        await inject(ESIM, fault, triesOf(fault));
        await page.reload();
        await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
        await expect(page.getByTestId('order-stage')).toContainText(ESIM_UNAVAILABLE);
        await expect(page.getByTestId('esim-qr')).toHaveCount(0);
        await expectNoCrash(page);
        await steer({ action: 'clearScenarios' });
        await page.getByRole('link', { name: 'Reload' }).click();
        await expect(page.getByTestId('esim-qr')).toBeVisible();
      });
    }
  });
});
