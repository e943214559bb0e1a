import { expectNoAxeViolations } from './support/a11y';
import { locales, test, TOUR, visit } from './support/tour';

// Every page, in every language the shop offers, in both colour schemes: no WCAG 2.2 A/AA violation.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const locale of locales) {
    test.describe(`axe, ${locale}, ${colorScheme} scheme`, () => {
      for (const stop of TOUR) {
        test(stop.name, async ({ page, tour }) => {
          // axe over the staff console's long tables takes a while on a busy 2-core machine.
          test.setTimeout(120_000);
          await page.emulateMedia({ colorScheme });
          await visit(page, tour, stop, locale);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}
