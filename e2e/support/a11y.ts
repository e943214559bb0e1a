import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the accessibility statement promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.5.3 Label in Name: a control's accessible name contains its visible words. axe tags this
 * rule `experimental` and leaves it out of a tag run, so it is turned on by name; adding the
 * `experimental` tag instead would run every other experimental rule too.
 */
export const EXTRA_RULES = { 'label-content-name-mismatch': { enabled: true } };

/** axe as the suite runs it. `options` replaces what the builder holds, so it comes before `withTags`. */
export const shopAxe = (page: Page) => new AxeBuilder({ page }).options({ rules: EXTRA_RULES }).withTags(WCAG_TAGS);

/** Runs axe on the page and fails with every violation spelled out (rule, element, why). */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await shopAxe(page).analyze();
  const found = violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}\n  ${node.failureSummary}`),
  );
  expect(found, found.join('\n')).toEqual([]);
}

/** The page can be read at its width without scrolling sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, `the page is ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(clientWidth);
}

export type FocusState = {
  element: string;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  top: number;
  /** Bottom edge of a header that stays on screen (0 when there is none, or it holds the element). */
  stickyBottom: number;
  /** Whether the element is the topmost thing at its own top edge, i.e. nothing lies over it. */
  onTop: boolean;
};

/** Where the focus is, whether it shows, and whether a sticky header lies over it. */
export async function focusState(page: Page): Promise<FocusState | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const sticky = [...document.querySelectorAll('header')].find((header) =>
      ['sticky', 'fixed'].includes(getComputedStyle(header).position),
    );
    const stickyBottom = sticky && !sticky.contains(element) ? Math.max(0, sticky.getBoundingClientRect().bottom) : 0;
    const x = rect.left + Math.min(rect.width / 2, 8);
    const y = Math.min(rect.top + Math.min(rect.height / 2, 4), window.innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return {
      element: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`,
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      top: rect.top,
      stickyBottom,
      onTop: hit !== null && (hit === element || element.contains(hit)),
    };
  });
}

/** The focused element has a visible outline and lies below any sticky header, uncovered. */
export async function expectVisibleFocus(page: Page): Promise<FocusState> {
  const state = await focusState(page);
  expect(state, 'something has the focus').not.toBeNull();
  const { element, focusVisible, outlineStyle, outlineWidth, top, stickyBottom, onTop } = state!;
  expect(focusVisible, `${element} matches :focus-visible`).toBe(true);
  expect(outlineStyle, `${element} has an outline`).not.toBe('none');
  expect(outlineWidth, `${element} has an outline of 2px or more`).toBeGreaterThanOrEqual(2);
  expect(top, `${element} is not under the sticky header`).toBeGreaterThanOrEqual(stickyBottom - 0.5);
  expect(onTop, `${element} is not covered by anything`).toBe(true);
  return state!;
}

/** Every visible link, button, field and custom control on the page, with its size. */
export async function targetSizes(page: Page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, [role="tab"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .map((element) => {
        const { width, height } = element.getBoundingClientRect();
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
        return { element: `${element.tagName.toLowerCase()} "${name}"`, width, height };
      })
      // The skip link is a 1px clip until it gets the focus; the keyboard test checks it then.
      .filter(({ width, height }) => width > 1 && height > 1);
  });
}
