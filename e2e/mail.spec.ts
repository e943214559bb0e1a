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

  // "E-mail my eSIM again": one more, then a pause.
  const resend = page.getByRole('button', { name: message('zh-CN', 'esim.resend.button') });
  await resend.click();
  await expect(page.getByRole('status').filter({ hasText: message('zh-CN', 'esim.resend.sent') })).toBeVisible();
  await expect.poll(async () => (await mailTo(staff.request, email)).filter((mail) => mail.subject === ready).length, { timeout: 20_000 }).toBe(2);
  await resend.click();
  await expect(page.getByTestId('resend-esim').getByRole('alert')).toContainText('我们刚刚发送过');
  await console_.reload();
  await expect(rows).toHaveCount(3);
  await console_.close();
});

test('find my order e-mails the link only when the number and the address match, and answers the same words either way', async ({ page, browser }) => {
  const email = `find-${test.info().workerIndex}-${Date.now()}@example.com`;
  await preOrder(page, 1000000, email);
  const orderNo = await page.getByTestId('order-no').innerText();
  const orderPath = new URL(page.url()).pathname;

  const stranger = await browser.newPage();
  await stranger.goto('/');
  await stranger.getByRole('link', { name: 'Find my order' }).click();
  await expect(stranger.getByRole('heading', { level: 1, name: 'Find my order' })).toBeVisible();
  const form = stranger.getByRole('form', { name: 'Find my order' });
  const answer = stranger.getByTestId('find-order-answer');
  const send = stranger.getByRole('button', { name: 'E-mail me the link' });

  // Bad input: said next to the field, nothing looked up.
  await stranger.getByLabel('Order number').fill('not an order');
  await stranger.getByLabel('E-mail address').fill('nobody');
  await send.click();
  await expect(form.getByRole('alert')).toContainText('Please correct the fields marked below.');
  await expect(stranger.getByLabel('Order number')).toHaveAccessibleDescription(/Enter the order number as it appears in your receipt/);
  await expect(stranger.getByLabel('E-mail address')).toHaveAccessibleDescription('Enter a valid email address, like name@example.com.');

  // The right number with another address: the same words, and no message written.
  await stranger.getByLabel('Order number').fill(orderNo);
  await stranger.getByLabel('E-mail address').fill(`someone-else-${email}`);
  await send.click();
  await expect(answer).toHaveText(message('en', 'findOrder.sent'));
  const outbox = await staff.newPage();
  await outbox.goto('/staff/outbox');
  await expect(outbox.getByTestId('outbox-row').filter({ hasText: email })).toHaveCount(1);

  // The right pair: the same words, and the link arrives at the order's address.
  await stranger.getByLabel('E-mail address').fill(email.toUpperCase());
  await send.click();
  await expect(answer).toHaveText(message('en', 'findOrder.sent'));
  const subject = message('en', 'mail.orderLink.subject').replace('{orderNo}', orderNo);
  await expect.poll(async () => (await mailTo(staff.request, email)).map((mail) => mail.subject), { timeout: 20_000 }).toContain(subject);
  const link = (await mailTo(staff.request, email)).find((mail) => mail.subject === subject)!;
  expect(link.text).toContain(orderPath);
  expect(await mailTo(staff.request, `someone-else-${email}`)).toEqual([]);
  await outbox.close();
  await stranger.close();
});
