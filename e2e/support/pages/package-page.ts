import { expect, type Locator, type Page } from '@playwright/test';
import { containingAnyLanguage, inAnyLanguage } from '../messages';

/** What a customer chooses on the order form; anything left out keeps the form's own default. */
export type OrderChoices = {
  currency?: string;
  quantity?: string;
  periods?: string;
  email?: string;
  /** "My phone supports eSIM and is unlocked": ticked unless this says false. */
  compatible?: boolean;
};

/** The order form of a package page, found by its labels. */
export class OrderForm {
  readonly currency: Locator;
  readonly quantity: Locator;
  readonly periods: Locator;
  readonly email: Locator;
  readonly compatible: Locator;
  /** The total the server formatted for the current choices. */
  readonly total: Locator;
  readonly submit: Locator;
  /** "Your order was not placed": the form's refusal, above the fields. */
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.currency = page.getByLabel(inAnyLanguage('orderForm.currency'));
    this.quantity = page.getByLabel(inAnyLanguage('orderForm.quantity'));
    this.periods = page.getByLabel(inAnyLanguage('orderForm.periods'));
    this.email = page.getByLabel(inAnyLanguage('orderForm.email'));
    this.compatible = page.getByLabel(inAnyLanguage('orderForm.compatible'));
    this.total = page.getByTestId('order-total');
    this.submit = page.getByRole('button', { name: inAnyLanguage('orderForm.submit') });
    this.refusal = page.getByRole('alert').filter({ hasText: containingAnyLanguage('orderForm.errorTitle') });
  }

  /**
   * The form has hydrated and minted its idempotency key. (The cached page carries none; a form sent
   * before that places nothing and asks the customer to review it, as without JavaScript.)
   */
  async ready() {
    await expect(this.page.locator('input[name="idempotencyKey"]')).toHaveValue(/^[A-Za-z0-9_-]{22}$/);
  }

  async fill(choices: OrderChoices) {
    if (choices.currency !== undefined) await this.currency.selectOption(choices.currency);
    if (choices.quantity !== undefined) await this.quantity.fill(choices.quantity);
    if (choices.periods !== undefined) await this.periods.selectOption(choices.periods);
    if (choices.email !== undefined) await this.email.fill(choices.email);
    await this.compatible.setChecked(choices.compatible !== false);
  }

  /** Sends the form and waits for the order's own page, whose address it returns. */
  async preOrder(): Promise<string> {
    await this.submit.click();
    await expect(this.page).toHaveURL(/\/orders\/[A-Za-z0-9_-]{22}$/);
    return this.page.url();
  }

  /** Sends the form expecting a refusal: the alert shows and the page stays the package's. */
  async submitExpectingRefusal() {
    const url = this.page.url();
    // The server action's answer, so a refusal still shown from an earlier try is not taken for this one's.
    const answered = this.page.waitForResponse((response) => response.request().method() === 'POST' && response.url() === url);
    await this.submit.click();
    await answered;
    await expect(this.refusal).toBeVisible();
    expect(this.page.url()).toBe(url);
  }
}

/** A package's page (`/packages/<id>`): its name and facts, and the order form. */
export class PackagePage {
  readonly heading: Locator;
  readonly orderForm: OrderForm;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.orderForm = new OrderForm(page);
  }

  /** Opens a package by its id and waits for the order form to be usable. */
  async goto(packageId: number) {
    await this.page.goto(`/packages/${packageId}`);
    await this.orderForm.ready();
  }
}
