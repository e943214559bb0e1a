/**
 * Page objects of the shop and its staff console, for tests against our own e2e shop or against any
 * deployment (`npm run smoke`). They find things as customers and assistive technology do, by role
 * and label in any of the shop's languages; values the pages show for reading (order number, amount,
 * activation code) by their `data-testid`. A test asks for them as fixtures:
 *
 *   import { expect, test } from './support/pages';
 *   test('…', async ({ home, country, packagePage, orderPage }) => {
 *     await home.goto();
 *     await home.searchFor('Japan');
 *     await home.openDestination(/Japan/);
 *     await country.openPackage();
 *     await packagePage.orderForm.fill({ email: 'qa@example.com' });
 *     await packagePage.orderForm.preOrder();
 *     await expect(orderPage.orderNo).not.toBeEmpty();
 *   });
 *
 * All of them share the test's `page`; `staffConsole` has its own browser context, so a customer's
 * and the staff's cookies never mix. It is signed in only when a test calls `staffConsole.signIn`.
 */
import { test as base } from '@playwright/test';
import { CountryPage } from './country-page';
import { HomePage } from './home-page';
import { OrderPage } from './order-page';
import { PackagePage } from './package-page';
import { StaffConsole } from './staff-console';

export { expect } from '@playwright/test';
export { CountryPage } from './country-page';
export { HomePage } from './home-page';
export { CARDS, OrderPage, type PaymentOffer } from './order-page';
export { PAYPAL_CHOICES } from '../paypal';
export { OrderForm, PackagePage, type OrderChoices } from './package-page';
export { StaffConsole, type ProviderMode } from './staff-console';

export type ShopPages = {
  home: HomePage;
  country: CountryPage;
  packagePage: PackagePage;
  orderPage: OrderPage;
  staffConsole: StaffConsole;
};

// `provide` is Playwright's `use`, named so React's hook rules do not take it for a hook.
export const test = base.extend<ShopPages>({
  home: async ({ page }, provide) => provide(new HomePage(page)),
  country: async ({ page }, provide) => provide(new CountryPage(page)),
  packagePage: async ({ page }, provide) => provide(new PackagePage(page)),
  orderPage: async ({ page }, provide) => provide(new OrderPage(page)),
  staffConsole: async ({ browser }, provide) => {
    const context = await browser.newContext();
    await provide(new StaffConsole(await context.newPage()));
    await context.close();
  },
});
