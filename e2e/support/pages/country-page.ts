import { expect, type Locator, type Page } from '@playwright/test';
import { startingWithAnyLanguage } from '../messages';

/** A destination's page (`/countries/<mcc>`): its packages, each with an "Order" link named "Order <name>". */
export class CountryPage {
  readonly heading: Locator;
  /** Every package's link on this page, named "Order <package name>" in the page's language. */
  readonly packageLinks: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.packageLinks = page.getByRole('link', { name: startingWithAnyLanguage('packagePage.order') });
  }

  /** A package's link by its whole name, or the first one listed when no name is given. */
  packageLink(name?: string): Locator {
    if (name === undefined) return this.packageLinks.first();
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('link', { name: new RegExp(`${startingWithAnyLanguage('packagePage.order').source}${escaped}$`) });
  }

  /** Opens a package (see `packageLink`) and waits for its page. */
  async openPackage(name?: string) {
    await this.packageLink(name).click();
    await expect(this.page).toHaveURL(/\/packages\/\d+/);
  }
}
