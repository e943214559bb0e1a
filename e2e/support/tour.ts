import { expect, test as base, type Browser, type BrowserContext, type Cookie, type Page } from '@playwright/test';
import { locales, LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';
import { E2E_BASE_URL } from '../test-config';
import { CARDS, expireSandboxOrder, pay, preOrder, registerCustomer, sandboxOrder } from './shop';
import { signInStaff } from './staff';

/** Addresses and cookies for a walk through every page: orders in each stage, a customer and staff. */
export type Tour = {
  orders: { awaitingPayment: string; esimReady: string; declined: string; timedOut: string };
  customer: { cookies: Cookie[]; esim: string };
  staff: { cookies: Cookie[]; calls: string; call: string; order: string };
};

export type TourStop = {
  name: string;
  path: (tour: Tour) => string;
  as?: 'customer' | 'staff';
  /** Waits until the page shows what this stop is about. */
  ready: (page: Page) => Promise<void>;
};

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
const stage = (kind: string) => async (page: Page) =>
  expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', kind);

/** Every page of the shop and the console, each in the state that shows the most of it. */
export const TOUR: TourStop[] = [
  { name: 'destinations', path: () => '/', ready: heading },
  { name: 'country', path: () => '/countries/440', ready: heading },
  { name: 'package', path: () => '/packages/1000000', ready: heading },
  { name: 'order awaiting payment', path: (tour) => tour.orders.awaitingPayment, ready: stage('awaiting_payment') },
  {
    name: 'order paid with its QR code',
    path: (tour) => tour.orders.esimReady,
    ready: async (page) => {
      await stage('esim_ready')(page);
      await expect(page.getByTestId('esim-qr')).toBeVisible();
    },
  },
  { name: 'order with a declined payment', path: (tour) => tour.orders.declined, ready: stage('payment_declined') },
  { name: 'order timed out', path: (tour) => tour.orders.timedOut, ready: stage('timed_out') },
  { name: 'my eSIMs', path: () => '/my-esims', as: 'customer', ready: heading },
  {
    name: 'one of my eSIMs',
    path: (tour) => tour.customer.esim,
    as: 'customer',
    ready: (page) => expect(page.getByTestId('esim-qr')).toBeVisible(),
  },
  { name: 'sign-in', path: () => '/sign-in', ready: heading },
  { name: 'create account', path: () => '/register', ready: heading },
  { name: 'page not found', path: () => '/no-such-page', ready: heading },
  { name: 'accessibility statement', path: () => '/accessibility', ready: heading },
  { name: 'staff sign-in', path: () => '/staff/sign-in', ready: heading },
  { name: 'staff overview', path: () => '/staff', as: 'staff', ready: heading },
  // Filtered to one order's calls: the same table and filters, without the 200 rows that make axe slow.
  {
    name: 'staff call log',
    path: (tour) => tour.staff.calls,
    as: 'staff',
    ready: (page) => expect(page.getByTestId('call-row').first()).toBeVisible(),
  },
  { name: 'staff call', path: (tour) => tour.staff.call, as: 'staff', ready: heading },
  { name: 'staff orders', path: () => '/staff/orders', as: 'staff', ready: heading },
  { name: 'staff order', path: (tour) => tour.staff.order, as: 'staff', ready: heading },
];

/** Opens a stop in the page's context, as its visitor and in a language. */
export async function visit(page: Page, tour: Tour, stop: TourStop, locale: Locale) {
  const context = page.context();
  await context.clearCookies();
  const visitor = stop.as === 'customer' ? tour.customer.cookies : stop.as === 'staff' ? tour.staff.cookies : [];
  await context.addCookies([...visitor, { name: LOCALE_COOKIE, value: locale, url: E2E_BASE_URL }]);
  await page.goto(stop.path(tour));
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await stop.ready(page);
}

async function orderIn(context: BrowserContext, packageId: number, then?: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  const url = await preOrder(page, packageId, 'tour@example.com');
  await then?.(page);
  await page.close();
  return new URL(url).pathname;
}

async function buildTour(browser: Browser, worker: number): Promise<Tour> {
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInStaff(staffPage);

  const guest = await browser.newContext();
  const awaitingPayment = await orderIn(guest, 1000000);
  const esimReady = await orderIn(guest, 1000000, async (page) => {
    await pay(page, CARDS.succeeds);
    await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  });
  const declined = await orderIn(guest, 1000016, async (page) => {
    await pay(page, CARDS.declined);
    await expect(page.getByRole('alert').filter({ hasText: 'declined' })).toBeVisible();
  });
  const timedOut = await orderIn(guest, 1000018, async (page) => {
    const orderNo = await page.getByTestId('order-no').innerText();
    await expireSandboxOrder(staff.request, (await sandboxOrder(staff.request, orderNo)).id);
  });
  await guest.close();

  const customer = await browser.newContext();
  const customerPage = await customer.newPage();
  const email = `tour-${worker}-${Date.now()}@example.com`;
  await registerCustomer(customerPage, email, 'tour-password');
  await preOrder(customerPage, 1000000, email);
  const ref = customerPage.url().split('/').pop()!;
  await pay(customerPage, CARDS.succeeds);
  await expect(customerPage.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');

  await staffPage.goto(`/staff/calls?order=${ref}`);
  const call = await staffPage.getByTestId('call-row').first().getByRole('link').first().getAttribute('href');
  expect(call).toMatch(/^\/staff\/calls\/\d+$/);

  const tour: Tour = {
    orders: { awaitingPayment, esimReady, declined, timedOut },
    customer: { cookies: await customer.cookies(), esim: `/my-esims/${ref}` },
    staff: { cookies: await staff.cookies(), calls: `/staff/calls?order=${ref}`, call: call!, order: `/staff/orders/${ref}` },
  };
  await Promise.all([customer.close(), staff.close()]);
  return tour;
}

/** `tour` is built once per worker: every test of the matrix reuses its orders and sign-ins. */
export const test = base.extend<object, { tour: Tour }>({
  tour: [async ({ browser }, use, workerInfo) => use(await buildTour(browser, workerInfo.workerIndex)), { scope: 'worker', timeout: 120_000 }],
});

export { expect, locales };
