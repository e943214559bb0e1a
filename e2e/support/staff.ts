import type { Browser, BrowserContext, Page } from '@playwright/test';
import { E2E_BASE_URL } from '../test-config';
import { StaffConsole } from './pages/staff-console';

/** The staff password of the built-in sandbox, as the README gives it. */
export const SANDBOX_STAFF_PASSWORD = 'sandbox-staff';

export async function signInStaff(page: Page) {
  await new StaffConsole(page).signIn(SANDBOX_STAFF_PASSWORD);
}

/** A browser context signed in to the staff console, whose `request` carries the staff cookie. */
export async function staffContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signInStaff(await context.newPage());
  return context;
}

/**
 * What a browser adds to a POST from one of the shop's own pages: state-changing staff routes refuse
 * a request without it. (`data` as an object is sent as application/json.)
 */
export const SAME_ORIGIN = { origin: E2E_BASE_URL } as const;
