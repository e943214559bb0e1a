import { expect, type Locator, type Page } from '@playwright/test';
import { inAnyLanguage } from '../messages';

/** The destinations page (`/`): the search box, its live count and one link per destination. */
export class HomePage {
  readonly heading: Locator;
  readonly search: Locator;
  /** The search's live count ("1 destination"), announced to screen readers. */
  readonly resultCount: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.search = page.getByLabel(inAnyLanguage('home.searchLabel'));
    this.resultCount = page.getByRole('search').getByRole('status');
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  /** A destination's link, by the name it shows (a string matches anywhere in the link's name). */
  destination(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('link', { name });
  }

  /** Types into the search box; the list filters as the customer types. */
  async searchFor(text: string) {
    await this.search.fill(text);
  }

  /** Opens the first destination whose link matches `name`, and waits for its page. */
  async openDestination(name: string | RegExp) {
    await this.destination(name).first().click();
    await expect(this.page).toHaveURL(/\/countries\/[^/?#]+/);
  }
}
