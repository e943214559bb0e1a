import { expect, type Locator, type Page } from '@playwright/test';
import { inAnyLanguage } from '../messages';
import { PAYPAL_CHOICES } from '../paypal';
import { decodeQrFromPng } from '../qr';

/** The sandbox card's numbers (README): no money moves. */
export const CARDS = { succeeds: '4242 4242 4242 4242', declined: '4000 0000 0000 0002' } as const;


/**
 * How the order page offers to pay: the sandbox card form, PayPal's buttons from the sandbox's
 * stand-in (a button in the page, its window a dialog), or PayPal's own SDK (its buttons in a frame
 * served by PayPal, which a browser cannot drive without PayPal's sandbox and a buyer account).
 */
export type PaymentOffer = 'card' | 'paypal-stand-in' | 'paypal';

/** An order's own page (`/orders/<ref>`): the confirmation, the payment, the stage and the eSIM. */
export class OrderPage {
  readonly orderNo: Locator;
  readonly amount: Locator;
  readonly clientId: Locator;
  readonly quantity: Locator;
  readonly periods: Locator;
  /** Where the order stands; its `data-stage` attribute is the stage's name (`esim_ready`…). */
  readonly stage: Locator;
  readonly cardNumber: Locator;
  /** The PayPal region of the payment, found by its heading. */
  readonly payPalSection: Locator;
  /** The stand-in's PayPal button (PayPal's own renders in a frame, see `payPalFrame`). */
  readonly payPalButton: Locator;
  readonly payPalFrame: Locator;
  readonly activationCode: Locator;
  readonly qr: Locator;

  constructor(readonly page: Page) {
    this.orderNo = page.getByTestId('order-no');
    this.amount = page.getByTestId('order-amount');
    this.clientId = page.getByTestId('client-id');
    this.quantity = page.getByTestId('order-quantity');
    this.periods = page.getByTestId('order-periods');
    this.stage = page.getByTestId('order-stage');
    this.cardNumber = page.getByLabel(inAnyLanguage('payment.cardNumber'));
    this.payPalSection = page.getByRole('region', { name: inAnyLanguage('payment.paypal.title') });
    this.payPalButton = page.getByRole('button', { name: 'PayPal', exact: true });
    this.payPalFrame = this.payPalSection.locator('iframe[title*="PayPal" i]');
    this.activationCode = page.getByTestId('activation-code');
    this.qr = page.getByTestId('esim-qr');
  }

  /** The order's reference: the last part of its address, which is the customer's key to it. */
  ref(): string {
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  async goto(ref: string) {
    await this.page.goto(`/orders/${ref}`);
  }

  /** Waits until the payment is offered (PayPal's buttons appear once React runs) and says how. */
  async paymentOffer(): Promise<PaymentOffer> {
    await expect(this.cardNumber.or(this.payPalButton).or(this.payPalFrame).first()).toBeVisible({ timeout: 20_000 });
    if (await this.cardNumber.isVisible()) return 'card';
    return (await this.payPalButton.isVisible()) ? 'paypal-stand-in' : 'paypal';
  }

  /** Pays with the sandbox card form (any future expiry, any CVC). */
  async payWithCard(card: string = CARDS.succeeds) {
    await this.cardNumber.fill(card);
    await this.page.getByLabel(inAnyLanguage('payment.expiry')).fill('12/34');
    await this.page.getByLabel(inAnyLanguage('payment.cvc')).fill('123');
    await this.page.getByRole('button', { name: inAnyLanguage('payment.submit') }).click();
  }

  /** Opens the stand-in's PayPal window and chooses; returns once the window has closed. */
  async payWithPayPalStandIn(choice: keyof typeof PAYPAL_CHOICES = 'approve') {
    await expect(this.payPalButton).toBeEnabled();
    await this.payPalButton.click();
    const window = this.page.getByRole('dialog', { name: /PayPal/ });
    await expect(window).toBeVisible();
    await window.getByRole('button', { name: PAYPAL_CHOICES[choice], exact: true }).click();
    await expect(window).toBeHidden();
  }

  /** Waits for a stage by name (`esim_ready`, `payment_declined`…); the page polls the provider. */
  async waitForStage(kind: string, timeout = 20_000) {
    await expect(this.stage).toHaveAttribute('data-stage', kind, { timeout });
  }

  /** The activation code as shown, and the text of the QR code as decoded from a screenshot of it. */
  async readEsim(): Promise<{ activationCode: string; qrText: string | null }> {
    await expect(this.qr).toBeVisible();
    const activationCode = (await this.activationCode.innerText()).trim();
    return { activationCode, qrText: decodeQrFromPng(await this.qr.screenshot()) };
  }
}
