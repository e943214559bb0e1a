import { expectNoAxeViolations, shopAxe } from './support/a11y';
import { expect, locales, test, TOUR, visit } from './support/tour';

// Negative control: the experimental label-in-name rule really runs in the suite's scans.
test('axe as configured flags a link whose name leaves out its visible word', async ({ page }) => {
  await page.setContent('<html lang="en"><title>t</title><main><a href="/x" aria-label="View Japan 1GB">Order</a></main></html>');
  const { violations } = await shopAxe(page).analyze();
  expect(violations.map((violation) => violation.id)).toContain('label-content-name-mismatch');
});

// Every page, in every language the shop offers, in both colour schemes: no WCAG 2.2 A/AA violation.
for (const locale of locales) {
  test.describe(`axe, ${locale}`, () => {
    for (const stop of TOUR) {
      test(`${stop.name}, light and dark`, async ({ page, tour }) => {
        // Two axe scans of the staff console's tables take a while on a busy 2-core machine.
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: 'light' });
        await visit(page, tour, stop, locale);
        await test.step('light', () => expectNoAxeViolations(page));
        // The same page in the dark scheme: only the colours change, so no second visit.
        await page.emulateMedia({ colorScheme: 'dark' });
        await test.step('dark', () => expectNoAxeViolations(page));
      });
    }
  });
}
