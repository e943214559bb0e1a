import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { message } from '../support/messages';
import { expect, test, type ProviderMode } from '../support/pages';
import { decideOrders } from './order-guard';
import { readSmokeSettings } from './smoke-settings';
import { say, walkToPackage } from './smoke-walk';

/**
 * The UAT smoke run (`npm run smoke -- --base-url …`): what a customer does on a deployed shop,
 * found by role and label, and the staff console's record of it. It needs the shop's address and,
 * for the staff parts, SMOKE_STAFF_PASSWORD; it uses no sandbox control. Tests are tagged @smoke;
 * the one that orders is tagged @orders too.
 */
const settings = readSmokeSettings();

test('destinations, search, a destination and a package @smoke', async ({ home, country, packagePage }) => {
  await home.goto();
  await home.searchFor('no-such-place-zzzz');
  await expect(home.destination(settings.destination)).toHaveCount(0);
  await expect(home.resultCount).toHaveText('No destination matches');

  const name = await walkToPackage({ home, country, packagePage }, settings.destination);
  expect(name).not.toBe('');
  await expect(packagePage.orderForm.total).toHaveText(/\d/);
});

test('the order form refuses bad input, keeps it and places nothing @smoke', async ({ home, country, packagePage, page }) => {
  await walkToPackage({ home, country, packagePage }, settings.destination);
  const form = packagePage.orderForm;
  await form.fill({ quantity: '0', email: settings.email });
  await form.submitExpectingRefusal();
  await expect(page.getByText(/^Choose a quantity from 1 to \d+\.$/)).toBeVisible();
  await expect(form.quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(form.quantity).toHaveValue('0');

  await form.fill({ quantity: '1', email: 'not-an-email' });
  await form.submitExpectingRefusal();
  await expect(page.getByText(message('en', 'orderForm.errors.email'))).toBeVisible();
  await expect(form.email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.email).toHaveValue('not-an-email');
});

const exportSchema = z.object({ calls: z.array(z.object({ endpoint: z.string(), orderRef: z.string().nullable() })) });

test('one purchase: pre-order, payment, the eSIM QR, and the staff record with its calls @smoke @orders', async ({
  home,
  country,
  packagePage,
  orderPage,
  staffConsole,
}, testInfo) => {
  let mode: ProviderMode | 'unknown' = 'unknown';
  if (settings.staffPassword) {
    await staffConsole.signIn(settings.staffPassword);
    mode = await staffConsole.providerMode();
  } else {
    say(testInfo, 'skipped step', 'staff console: SMOKE_STAFF_PASSWORD is not set, so the provider mode is unknown and the staff record is not checked');
  }
  const decision = decideOrders(mode, settings.allowOrders, settings.baseUrl);
  say(testInfo, 'orders', decision.reason);
  // Thrown before anything is sent: a refused run fails, it does not pass quietly without buying.
  if (!decision.allowed) throw new Error(decision.reason);

  const name = await walkToPackage({ home, country, packagePage }, settings.destination);
  await packagePage.orderForm.fill({ email: settings.email });
  const total = await packagePage.orderForm.total.innerText();
  say(testInfo, 'creates', `one pre-order of "${name}" (quantity 1, ${total}) for ${settings.email}, then pays it`);

  await test.step('the pre-order and its confirmation', async () => {
    await packagePage.orderForm.preOrder();
    await expect(orderPage.orderNo).toHaveText(/\S/);
    await expect(orderPage.amount).toHaveText(total);
    await expect(orderPage.clientId).toHaveText(/\S/);
    await expect(orderPage.quantity).toHaveText('1');
  });
  const ref = orderPage.ref();
  const orderNo = (await orderPage.orderNo.innerText()).trim();
  say(testInfo, 'order', `${orderNo}, shop reference ${ref}, ${settings.baseUrl}/orders/${ref}`);

  const paid = await test.step('the payment the shop offers', async () => {
    const offer = await orderPage.paymentOffer();
    say(testInfo, 'payment', offer);
    if (offer === 'card') await orderPage.payWithCard();
    else if (offer === 'paypal-stand-in') await orderPage.payWithPayPalStandIn('approve');
    else {
      say(testInfo, 'skipped step', "payment: the page offers PayPal's own checkout, which needs PayPal's sandbox and a buyer account; pay it by hand");
      return false;
    }
    return true;
  });

  if (paid) {
    await test.step('the status until the eSIM, and its QR code', async () => {
      await orderPage.waitForStage('esim_ready', 90_000);
      const { activationCode, qrText } = await orderPage.readEsim();
      expect(activationCode).toMatch(/^LPA:1\$/);
      expect(qrText).toBe(activationCode);
    });
  } else {
    await orderPage.waitForStage('awaiting_payment');
  }

  if (!settings.staffPassword) return;
  await test.step("the staff console's record of the order, and its calls", async () => {
    await staffConsole.openOrder(ref);
    await expect(staffConsole.orderHeading(orderNo)).toBeVisible();
    await expect(staffConsole.orderStage).toHaveText(paid ? 'esim_ready' : 'awaiting_payment');
    if (paid) await expect(staffConsole.orderPayments).toContainText('succeeded');

    const json = await staffConsole.exportCalls('json', ref);
    const markdown = await staffConsole.exportCalls('md', ref);
    const { calls } = exportSchema.parse(JSON.parse(json));
    expect(calls.map((call) => call.endpoint)).toContain('/v1.1/package/preOrderPackage');
    expect(calls.every((call) => call.orderRef === ref)).toBe(true);
    if (paid) expect(calls.map((call) => call.endpoint)).toContain('/v1.1/payment/webhook');
    expect(markdown).toContain(ref);

    // Beside the HTML report, for the ticket; and in the report itself.
    const folder = join(settings.reportDir, 'call-log');
    mkdirSync(folder, { recursive: true });
    const file = orderNo.replace(/[^\w-]/g, '_');
    writeFileSync(join(folder, `${file}.json`), json);
    writeFileSync(join(folder, `${file}.md`), markdown);
    await testInfo.attach(`calls of ${orderNo}.json`, { body: json, contentType: 'application/json' });
    await testInfo.attach(`calls of ${orderNo}.md`, { body: markdown, contentType: 'text/markdown' });
  });
});
