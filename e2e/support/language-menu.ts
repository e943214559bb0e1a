import type { Locator, Page } from '@playwright/test';

/** The header's language menu: a disclosure, named "Language: <current language>". */
export function languageMenu(page: Page): Locator {
  return page.getByRole('banner').locator('summary');
}

/** A language's button in the open menu; each language is named in itself. */
export function languageButton(page: Page, name: string): Locator {
  return page.getByRole('banner').getByRole('button', { name, exact: true });
}

/** Opens the language menu and picks a language. */
export async function chooseLanguage(page: Page, name: string) {
  await languageMenu(page).click();
  await languageButton(page, name).click();
}
