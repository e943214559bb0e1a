import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { providerLanguage } from '@/lib/i18n/locales';
import { MISSING_MESSAGE_MARK } from '@/lib/i18n/missing-message';
import { locales, message, MESSAGE_KEYS, type Locale } from './support/messages';
import { confirmCompatible, CARDS, expireSandboxOrder, pay, preOrder, registerCustomer, sandboxOrder } from './support/shop';
import { signInStaff } from './support/staff';
import { chooseLanguage, languageButton, languageMenu } from './support/language-menu';

// One set of orders in several stages, built once and visited in every language.
test.describe.configure({ mode: 'serial' });

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
type Fixtures = {
  /** Cookies of a signed-in customer who is also signed in to the staff console; no language cookie. */
  storage: StorageState;
  orders: { awaitingPayment: string; declined: string; ready: string; expired: string; mine: string };
  callId: number;
};

let fixtures: Fixtures;

const refOf = (page: Page) => page.url().split('/').pop()!;

async function buildFixtures(browser: Browser): Promise<Fixtures> {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInStaff(page);

  const email = `languages-${Date.now()}@example.com`;
  await registerCustomer(page, email, 'languages-password');

  await preOrder(page, 1000000, email);
  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  const mine = refOf(page);

  await preOrder(page, 1000000, 'languages-waiting@example.com');
  const awaitingPayment = refOf(page);

  await preOrder(page, 1000000, 'languages-declined@example.com');
  await pay(page, CARDS.declined);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'payment_declined');
  const declined = refOf(page);

  await preOrder(page, 1000022, 'languages-ready@example.com');
  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  const ready = refOf(page);

  await preOrder(page, 1000000, 'languages-expired@example.com');
  const expired = refOf(page);
  const orderNo = await page.getByTestId('order-no').innerText();
  await expireSandboxOrder(context.request, (await sandboxOrder(context.request, orderNo)).id);
  await page.reload();
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'timed_out');

  const log = (await (await context.request.get(`/api/staff/calls?order=${ready}`)).json()) as { calls: { id: number }[] };
  const callId = log.calls[0]!.id;
  const storage = await context.storageState();
  await context.close();
  return { storage, orders: { awaitingPayment, declined, ready, expired, mine }, callId };
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  fixtures = await buildFixtures(browser);
});

/** Every text a person can meet on the page: visible or not, in the title and in the labels read aloud. */
function pageTexts(): string {
  const texts: string[] = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'TEMPLATE' && parent !== 'NOSCRIPT') texts.push(node.textContent ?? '');
  }
  for (const element of document.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  texts.push(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
  return texts.join('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message key standing alone in the text: what next-intl shows by default for a missing message. */
const RAW_KEY = new RegExp(`(?<![\\w.-])(${MESSAGE_KEYS.map(escape).join('|')})(?![\\w-])`);

/** English sentences of the messages: another language showing one has fallen back to English. */
function englishOnly(locale: Locale): string[] {
  if (locale === 'en') return [];
  return MESSAGE_KEYS.map((key) => [message('en', key), message(locale, key)] as const)
    .filter(([english, translated]) => english !== translated && !/[{<]/.test(english) && english.length >= 15)
    .map(([english]) => english);
}

/** The text around a missing message, to say where it is. */
function missingMessages(text: string): string[] {
  return [...text.matchAll(new RegExp(`${escape(MISSING_MESSAGE_MARK)}[^⟧]*⟧`, 'g'))].map(([found]) => found);
}

/**
 * Opens a page and checks its language, and that no message is missing, raw or in English instead.
 * The console shows the provider's own texts and other tests' calls, so English is checked only on
 * the customer's pages.
 */
async function checkPage(page: Page, path: string, locale: Locale, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
  const text = await page.evaluate(pageTexts);
  expect(missingMessages(text), `${path} shows a missing message`).toEqual([]);
  expect(RAW_KEY.exec(text)?.[1], `${path} shows a raw message key`).toBeUndefined();
  if (!path.startsWith('/staff')) {
    expect(englishOnly(locale).filter((sentence) => text.includes(sentence)), `${path} shows English text`).toEqual([]);
  }
}

/** Fails the test on any message error the browser logged (next-intl's onError). */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (entry) => {
    if (entry.type() === 'error' && /\[i18n\]|MISSING_MESSAGE|FORMATTING_ERROR/.test(entry.text())) problems.push(entry.text());
  });
  return problems;
}

for (const locale of locales) {
  test(`every page in ${locale}: the right <html lang>, no raw or missing message, no English fallback`, async ({ browser }) => {
    test.setTimeout(240_000);
    const { orders } = fixtures;

    // A first visit, with no cookie: the browser's Accept-Language picks the language.
    const visitor = await browser.newContext({ locale });
    const page = await visitor.newPage();
    const problems = watchConsole(page);
    for (const path of [
      '/',
      '/?signedOut=1',
      '/countries/440',
      '/countries/440?sort=data-desc',
      '/countries/440?data=1',
      '/packages/1000000',
      '/sign-in',
      '/sign-in?expired=1',
      '/register',
      '/staff/sign-in',
      '/accessibility',
      `/orders/${orders.awaitingPayment}`,
      `/orders/${orders.declined}`,
      `/orders/${orders.ready}`,
      `/orders/${orders.expired}`,
    ]) {
      await checkPage(page, path, locale);
    }
    for (const path of ['/no-such-page', '/countries/999', '/packages/999999999', '/orders/AAAAAAAAAAAAAAAAAAAAAA']) {
      await checkPage(page, path, locale, 404);
    }
    // My eSIMs without an account leads to signing in, still in the same language.
    await checkPage(page, '/my-esims', locale);
    await expect(page).toHaveURL(/\/sign-in\?next=/);

    // A refused sign-in: the form's error messages.
    await page.getByRole('button', { name: message(locale, 'account.signIn'), exact: true }).last().click();
    await expect(page.getByText(message(locale, 'account.errors.email'))).toBeVisible();
    expect(missingMessages(await page.evaluate(pageTexts))).toEqual([]);

    // The order form refusing a bad quantity.
    await page.goto('/packages/1000000');
    await page.getByLabel(message(locale, 'orderForm.quantity'), { exact: true }).fill('0');
    await page.getByLabel(message(locale, 'orderForm.email'), { exact: true }).fill('languages@example.com');
    await confirmCompatible(page);
    await page.getByRole('button', { name: message(locale, 'orderForm.submit'), exact: true }).click();
    await expect(page.getByText(message(locale, 'orderForm.errors.fixFields'))).toBeVisible();
    expect(RAW_KEY.exec(await page.evaluate(pageTexts))?.[1]).toBeUndefined();
    await visitor.close();

    // Signed in as the customer and to the staff console; still no language cookie.
    const member = await browser.newContext({ locale, storageState: fixtures.storage });
    const signedIn = await member.newPage();
    problems.push(...watchConsole(signedIn));
    for (const path of [
      '/my-esims',
      `/my-esims/${orders.mine}`,
      '/staff',
      '/staff/calls',
      `/staff/calls/${fixtures.callId}`,
      '/staff/calls?code=abc',
      '/staff/orders',
      `/staff/orders/${orders.ready}`,
      `/staff/orders/${orders.declined}`,
    ]) {
      await checkPage(signedIn, path, locale);
    }

    // The console says which language the provider gets for this one.
    await signedIn.goto('/staff');
    await expect(signedIn.getByTestId('env-accept-language')).toHaveText(providerLanguage(locale));
    await expect(signedIn.getByTestId('env-ui-language')).toContainText(locale);
    // The flow check's steps and details, worded in this language.
    await signedIn.getByRole('button', { name: message(locale, 'staff.flow.run'), exact: true }).click();
    await expect(signedIn.getByTestId('flow-result')).toHaveText(message(locale, 'staff.flow.passed'), { timeout: 30_000 });
    const flowText = await signedIn.evaluate(pageTexts);
    expect(missingMessages(flowText)).toEqual([]);
    expect(RAW_KEY.exec(flowText)?.[1]).toBeUndefined();

    expect(problems).toEqual([]);
    await member.close();
  });
}

test('the first visit follows Accept-Language; the switch is remembered and <html lang> and the provider language follow it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ locale: 'zh-HK', extraHTTPHeaders: { 'Accept-Language': 'zh-HK,zh;q=0.9,en;q=0.8' } });
  const page = await context.newPage();
  const staff = await browser.newContext();
  await signInStaff(await staff.newPage());
  const html = page.locator('html');

  await page.goto('/');
  await expect(html).toHaveAttribute('lang', 'zh-HK');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(message('zh-HK', 'home.title'));
  // Country names in Hong Kong usage from Intl, prices in Hong Kong dollars.
  await expect(page.getByRole('link', { name: /南韓/ })).toBeVisible();
  await expect(page.getByText(/HK\$\d/).first()).toBeVisible();

  // Every language in turn: the switch, then a reload and another page, keep it.
  for (const locale of [...locales].reverse()) {
    const name = message(locale, `languageSwitch.${locale}`);
    await chooseLanguage(page, name);
    await expect(html).toHaveAttribute('lang', locale);
    // The menu closes on the new page, names the language, and marks it as the one chosen.
    await expect(languageButton(page, name)).toBeHidden();
    await expect(languageMenu(page)).toHaveText(`${message(locale, 'languageSwitch.label')}: ${name}`);
    await languageMenu(page).click();
    await expect(languageButton(page, name)).toHaveAttribute('aria-pressed', 'true');
    // The first language is already showing: wait for the remembered choice, not for a change.
    await expect
      .poll(async () => (await context.cookies()).find((candidate) => candidate.name === 'NEXT_LOCALE')?.value)
      .toBe(locale);
    await page.reload();
    await expect(html).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(locale, 'home.title'));

    // The provider is asked in this language's Accept-Language, as the sandbox received it.
    await preOrder(page, 1000000, `switch-${locale}@example.com`);
    await expect(html).toHaveAttribute('lang', locale);
    const orderNo = await page.getByTestId('order-no').innerText();
    expect((await sandboxOrder(staff.request, orderNo)).acceptLanguage).toBe(providerLanguage(locale));
    await page.goto('/');
  }

  // Switching between pre-order and payment: each call follows the language of its moment.
  await chooseLanguage(page, message('en', 'languageSwitch.en'));
  await expect(html).toHaveAttribute('lang', 'en');
  await preOrder(page, 1000000, 'switch-midway@example.com');
  const orderNo = await page.getByTestId('order-no').innerText();
  await chooseLanguage(page, message('zh-CN', 'languageSwitch.zh-CN'));
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  await expect(page.getByTestId('order-stage')).toHaveText(message('zh-CN', 'stage.esim_ready'));
  const order = await sandboxOrder(staff.request, orderNo);
  expect(order.acceptLanguage).toBe('en-US');
  expect(order.reports.map((report) => report.acceptLanguage)).toEqual(['zh-CN']);

  await context.close();
  await staff.close();
});
