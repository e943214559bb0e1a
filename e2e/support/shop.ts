import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const CARDS = { succeeds: '4242 4242 4242 4242', declined: '4000 0000 0000 0002' } as const;

/** Pre-orders a package as the current page's customer and waits for the order page. */
export async function preOrder(page: Page, packageId: number, email = 'traveller@example.com'): Promise<string> {
  await page.goto(`/packages/${packageId}`);
  await page.getByLabel(/^(Email|电子邮箱)$/).fill(email);
  await page.getByRole('button', { name: /^(Pre-order|预订)/ }).click();
  await expect(page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
  return page.url();
}

export async function pay(page: Page, card: string) {
  await page.getByLabel(/^(Card number|卡号)$/).fill(card);
  await page.getByLabel(/^(Expiry \(MM\/YY\)|有效期（MM\/YY）)$/).fill('12/34');
  await page.getByLabel(/^(Security code \(CVC\)|安全码（CVC）)$/).fill('123');
  await page.getByRole('button', { name: /^(Pay|支付) / }).click();
}

type SandboxOrder = { id: number; orderNo: string; status: string; reports: { code: number }[] };

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
  const response = await request.post('/api/sandbox-control', { data: { action: 'expireOrder', orderId } });
  expect(response.ok()).toBe(true);
}
