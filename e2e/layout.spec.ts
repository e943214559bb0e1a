import { expectNoHorizontalScroll, targetSizes } from './support/a11y';
import { expect, locales, test, TOUR, visit } from './support/tour';

/** WCAG 2.2's target size minimum (2.5.8), in CSS pixels; we hold every target to it, inline links too. */
const MIN_TARGET = 24;

for (const locale of locales) {
  test.describe(`layout, ${locale}`, () => {
    for (const stop of TOUR) {
      test(`${stop.name}: no sideways scrolling at 320 px, every target 24 x 24 or larger`, async ({ page, tour }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await visit(page, tour, stop, locale);
        await expectNoHorizontalScroll(page);

        // Targets where most people meet them: the desktop layout, and the phone layout above.
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 720 });
          const small = (await targetSizes(page)).filter((target) => target.width < MIN_TARGET || target.height < MIN_TARGET);
          expect(small, `${width}px wide: ${JSON.stringify(small, null, 1)}`).toEqual([]);
        }
      });
    }
  });
}
