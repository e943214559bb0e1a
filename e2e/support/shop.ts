import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { inAnyLanguage } from './messages';
import { SAME_ORIGIN } from './staff';

export const CARDS = { succeeds: '4242 4242 4242 4242', declined: '4000 0000 0000 0002' } as const;

/** Creates a customer account (in English) and waits for My eSIMs, where registering lands. */
export async function registerCustomer(page: Page, email: string, password: string) {
  await page.goto('/register');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/my-esims$/);
}

/**
 * The order form has hydrated and minted its key. (The cached page carries none; a form sent before
 * that places nothing and asks the customer to review it, as without JavaScript.)
 */
export async function orderFormReady(page: Page) {
  await expect(page.locator('input[name="idempotencyKey"]')).toHaveValue(/^[A-Za-z0-9_-]{22}$/);
}

/** The order form's required "My phone supports eSIM and is unlocked", ticked (in any language). */
export async function confirmCompatible(page: Page) {
  await page.getByLabel(inAnyLanguage('orderForm.compatible')).check();
}

/** Pre-orders a package as the current page's customer and waits for the order page. */
export async function preOrder(page: Page, packageId: number, email = 'traveller@example.com'): Promise<string> {
  await page.goto(`/packages/${packageId}`);
  await orderFormReady(page);
  await page.getByLabel(inAnyLanguage('orderForm.email')).fill(email);
  await confirmCompatible(page);
  await page.getByRole('button', { name: inAnyLanguage('orderForm.submit') }).click();
  await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
  return page.url();
}

export async function pay(page: Page, card: string) {
  await page.getByLabel(inAnyLanguage('payment.cardNumber')).fill(card);
  await page.getByLabel(inAnyLanguage('payment.expiry')).fill('12/34');
  await page.getByLabel(inAnyLanguage('payment.cvc')).fill('123');
  await page.getByRole('button', { name: inAnyLanguage('payment.submit') }).click();
}

type SandboxOrder = {
  id: number;
  orderNo: string;
  status: string;
  /** The pre-order's Accept-Language as the sandbox received it. */
  acceptLanguage: string | null;
  reports: { code: number; acceptLanguage: string | null }[];
};

/** The built-in sandbox's view of an order, by its order number (staff only: pass a staff context's request). */
export async function sandboxOrder(request: APIRequestContext, orderNo: string): Promise<SandboxOrder> {
  const response = await request.get('/api/sandbox-control');
  expect(response.ok()).toBe(true);
  const snapshot = (await response.json()) as { orders: SandboxOrder[] };
  const order = snapshot.orders.find((candidate) => candidate.orderNo === orderNo);
  if (!order) throw new Error(`the sandbox has no order ${orderNo}`);
  return order;
}

export async function expireSandboxOrder(request: APIRequestContext, orderId: number) {
  const response = await request.post('/api/sandbox-control', { headers: SAME_ORIGIN, data: { action: 'expireOrder', orderId } });
  expect(response.ok()).toBe(true);
}
