import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { inAnyLanguage } from './messages';

/** The stand-in's approval window: what the buyer may choose, by the buttons' names. */
export const PAYPAL_CHOICES = {
  approve: 'Approve',
  decline: 'Approve with a card that will be declined',
  pending: 'Approve, capture stays pending',
  cancel: 'Cancel',
} as const;

/** Opens PayPal from the order page and chooses in its window; returns when the window has closed. */
export async function payWithPayPal(page: Page, choice: keyof typeof PAYPAL_CHOICES) {
  const button = page.getByRole('button', { name: 'PayPal', exact: true });
  await expect(button).toBeEnabled();
  await button.click();
  await chooseInPayPal(page, choice);
}

/**
 * Chooses in PayPal's (stand-in) window, already open or about to open; returns when the window has
 * closed, except after a declined card: the buttons' restart opens it again at once.
 */
export async function chooseInPayPal(page: Page, choice: keyof typeof PAYPAL_CHOICES) {
  const window = page.getByRole('dialog', { name: /PayPal/ });
  await expect(window).toBeVisible();
  await window.getByRole('button', { name: PAYPAL_CHOICES[choice], exact: true }).click();
  if (choice !== 'decline') await expect(window).toBeHidden();
}

/** The PayPal section of the order page, found by its heading. */
export const payPalSection = (page: Page) => page.getByRole('region', { name: inAnyLanguage('payment.paypal.title') });

type Money = { currency_code: string; value: string };
type StandInCapture = { id: string; orderId: string; merchant: string; status: string; amount: Money; refundId: string | null };
type StandInOrder = { id: string; status: string; merchant: string; referenceId: string | null; captureId: string | null; amount: Money };
type StandInRefund = { id: string; captureId: string; amount: Money };
/** As `GET /api/sandbox-control` shows it (lib/sandbox/paypal/snapshot.ts). */
export type StandInView = { orders: StandInOrder[]; captures: StandInCapture[]; refunds: StandInRefund[] };

/** What the PayPal stand-in holds, from the sandbox's control (staff: a staff context's request). */
export async function payPalStandIn(request: APIRequestContext, baseUrl = ''): Promise<StandInView> {
  const response = await request.get(`${baseUrl}/api/sandbox-control`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { paypal: StandInView }).paypal;
}

type ReportAtSandbox = { code: number; body: { paypalId?: unknown; orderId?: unknown; type?: unknown } };

/** The payment reports the built-in sandbox received for an order number, with their bodies. */
export async function sandboxReports(request: APIRequestContext, orderNo: string, baseUrl = ''): Promise<ReportAtSandbox[]> {
  const response = await request.get(`${baseUrl}/api/sandbox-control`);
  expect(response.ok()).toBe(true);
  const { orders } = (await response.json()) as { orders: { orderNo: string; reports: ReportAtSandbox[] }[] };
  const order = orders.find((candidate) => candidate.orderNo === orderNo);
  if (!order) throw new Error(`the sandbox has no order ${orderNo}`);
  return order.reports;
}
