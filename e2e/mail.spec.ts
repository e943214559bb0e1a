import { expect, test, type BrowserContext } from '@playwright/test';
import { mailTo, qrOf } from './support/mailbox';
import { message } from './support/messages';
import { CARDS, pay, preOrder } from './support/shop';
import { staffContext } from './support/staff';
import { E2E_BASE_URL } from './test-config';

/**
 * The promise on the order form ("We send the receipt and your eSIM's QR code here"), kept: the real
 * messages, as the shop's mail catcher received them over SMTP.
 */
let staff: BrowserContext;
test.beforeAll(async ({ browser }) => {
  staff = await staffContext(browser);
});
test.afterAll(async () => {
  await staff.close();
});

test('a guest purchase sends the received and eSIM messages once each, in the page\'s language, the QR code reading as the eSIM\'s code', async ({ page, context }) => {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'zh-CN', url: E2E_BASE_URL }]);
  const email = `mail-${test.info().workerIndex}-${Date.now()}@example.com`;
  await preOrder(page, 1000000, email);
  const orderNo = await page.getByTestId('order-no').innerText();
  const orderUrl = page.url();
  await pay(page, CARDS.succeeds);
  const shownCode = page.getByTestId('activation-code');
  await expect(shownCode).toBeVisible({ timeout: 20_000 });
  const code = await shownCode.innerText();

  const received = message('zh-CN', 'mail.orderReceived.subject').replace('{orderNo}', orderNo);
  const ready = message('zh-CN', 'mail.esimReady.subject').replace('{orderNo}', orderNo);
  await expect.poll(async () => (await mailTo(staff.request, email)).map((mail) => mail.subject), { timeout: 20_000 }).toEqual([received, ready]);

  const [receivedMail, readyMail] = await mailTo(staff.request, email);
  for (const mail of [receivedMail!, readyMail!]) {
    expect(mail.language).toBe('zh-CN');
    expect(mail.html).toContain('lang="zh-CN"');
    // The link back is the order page itself: the key to the order.
    expect(mail.text).toContain(new URL(orderUrl).pathname);
  }
  expect(receivedMail!.text).toContain(await page.getByTestId('client-id').innerText());
  expect(qrOf(receivedMail!)).toBeNull();
  expect(qrOf(readyMail!)).toBe(code);
  expect(readyMail!.text).toContain(code);
  expect(readyMail!.text).toContain(message('zh-CN', 'mail.esimReady.once'));

  // Staff see both in the Outbox, sent.
  const console_ = await staff.newPage();
  await console_.goto('/staff/outbox');
  const rows = console_.getByTestId('outbox-row').filter({ hasText: email });
  await expect(rows).toHaveCount(2);
  await expect(rows.getByTestId('outbox-state')).toHaveText(['sent', 'sent']);
  await console_.close();
});
