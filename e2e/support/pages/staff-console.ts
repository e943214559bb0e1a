import { expect, type Locator, type Page } from '@playwright/test';
import { inAnyLanguage, message } from '../messages';

/** What the console's environment panel says the shop talks to. */
export type ProviderMode = 'sandbox' | 'upstream';

/** The staff console (`/staff`), signed in with the staff password; its page's `request` carries the cookie. */
export class StaffConsole {
  readonly envMode: Locator;
  /** On an order's staff view: its stage's name (`esim_ready`…). */
  readonly orderStage: Locator;
  readonly orderPayments: Locator;
  readonly orderReport: Locator;

  constructor(readonly page: Page) {
    this.envMode = page.getByTestId('env-mode');
    this.orderStage = page.getByTestId('staff-order-stage');
    this.orderPayments = page.getByRole('region', { name: inAnyLanguage('staff.orders.payments') });
    this.orderReport = page.getByTestId('staff-report');
  }

  async signIn(password: string) {
    await this.page.goto('/staff/sign-in');
    await this.page.getByLabel(inAnyLanguage('staff.signIn.password')).fill(password);
    await this.page.getByRole('button', { name: inAnyLanguage('staff.signIn.submit') }).click();
    await expect(this.page).toHaveURL(/\/staff$/);
  }

  /** Reads the environment panel: the built-in sandbox, or a provider elsewhere (UAT or production). */
  async providerMode(): Promise<ProviderMode> {
    await this.page.goto('/staff');
    const shown = (await this.envMode.innerText()).trim();
    return shown === message('en', 'staff.env.sandbox') ? 'sandbox' : 'upstream';
  }

  /** Opens the staff view of one order, by its reference; its heading starts with the order number. */
  async openOrder(ref: string) {
    await this.page.goto(`/staff/orders/${ref}`);
  }

  /** The order view's heading: "<order number> · <stage>". */
  orderHeading(orderNo: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: new RegExp(`^${orderNo}\\b`) });
  }

  /** The staff call log as exported for a provider ticket, optionally only one order's calls. */
  async exportCalls(format: 'json' | 'md', orderRef?: string): Promise<string> {
    const query = new URLSearchParams({ format, ...(orderRef ? { order: orderRef } : {}) });
    const response = await this.page.request.get(`/api/staff/export?${query}`);
    expect(response.ok(), `export of the call log (${format}): HTTP ${response.status()}`).toBe(true);
    return response.text();
  }
}
