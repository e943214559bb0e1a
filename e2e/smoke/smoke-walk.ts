import { expect, type TestInfo } from '@playwright/test';
import type { CountryPage, HomePage, PackagePage } from '../support/pages';

/**
 * Destinations, search, the destination, its first package: the way a customer gets to the order
 * form. Returns the package's name as its link gave it.
 */
export async function walkToPackage(pages: { home: HomePage; country: CountryPage; packagePage: PackagePage }, destination: string) {
  const { home, country, packagePage } = pages;
  await home.goto();
  await home.searchFor(destination);
  await expect(home.destination(destination).first()).toBeVisible();
  await home.openDestination(destination);
  await expect(country.heading).toContainText(destination);
  const link = country.packageLink();
  // Its name is the visible "Order" and the package's name after it (WCAG 2.5.3, label in name).
  const name = ((await link.textContent()) ?? '').trim().replace(/^\S+\s+/, '');
  await country.openPackage();
  await expect(packagePage.heading).toHaveText(name);
  await packagePage.orderForm.ready();
  return name;
}

/** Said twice: in the HTML report (an annotation of the test) and in the console as the run goes. */
export function say(testInfo: TestInfo, type: string, description: string) {
  testInfo.annotations.push({ type, description });
  console.log(`[smoke] ${type}: ${description}`);
}
