/** The sandbox's demo customer, signed in with one order: what My eSIMs needs to show something. */
import type { BrowserContext } from '@playwright/test';
import { timedPreOrder } from '@/bench/pre-order';

const CUSTOMER = { email: 'traveller@sandbox.esim-qr-mall.test', password: 'traveller-password' } as const;

/** Signs the context in through the sign-in form, places one order, and returns the Cookie header. */
export async function signedInCustomer(context: BrowserContext, shopUrl: string): Promise<string> {
  const tab = await context.newPage();
  try {
    await tab.goto(`${shopUrl}/sign-in?next=/my-esims`);
    await tab.getByLabel(/^Email$/).fill(CUSTOMER.email);
    await tab.getByLabel(/^Password$/).fill(CUSTOMER.password);
    await tab.getByRole('button', { name: /^Sign in$/ }).click();
    // The path itself: the sign-in page's own address ends with "?next=/my-esims".
    await tab.waitForURL((address) => address.pathname === '/my-esims');
    await timedPreOrder(tab, shopUrl, CUSTOMER.email);
    return (await context.cookies(shopUrl)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  } finally {
    await tab.close();
  }
}
