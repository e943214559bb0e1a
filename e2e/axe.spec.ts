import { expectNoAxeViolations } from './support/a11y';
import { locales, test, TOUR, visit } from './support/tour';

// Every page, in every language the shop offers, in both colour schemes: no WCAG 2.2 A/AA violation.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const locale of locales) {
    test.describe(`axe, ${locale}, ${colorScheme} scheme`, () => {
      for (const stop of TOUR) {
        test(stop.name, async ({ page, tour }) => {
          await page.emulateMedia({ colorScheme });
          await visit(page, tour, stop, locale);
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}
