import { expectNoAxeViolations } from './support/a11y';
import { locales, test, TOUR, visit } from './support/tour';

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
