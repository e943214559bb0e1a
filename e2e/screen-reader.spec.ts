import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { CARDS, pay, preOrder } from './support/shop';

/** The form's live region is in the accessibility tree and silent before the form is sent. */
async function expectQuietLiveRegion(form: Locator) {
  const region = form.getByRole('alert');
  await expect(region).toHaveCount(1);
  await expect(region).toHaveAttribute('aria-live', 'assertive');
  await expect(region).toHaveText('');
}

async function expectDescribedByError(field: Locator, error: string | RegExp) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(typeof error === 'string' ? new RegExp(escape(error)) : error);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function formOf(page: Page, button: RegExp | string) {
  return page.locator('form').filter({ has: page.getByRole('button', { name: button }) });
}

test('the order form announces a refusal and describes each field by its error', async ({ page }) => {
  await page.goto('/packages/1000000');
  const form = await formOf(page, 'Pre-order');
  await expectQuietLiveRegion(form);
  await page.getByLabel('Quantity').fill('0');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Pre-order' }).click();

  await expect(form.getByRole('alert')).toContainText('Please correct the fields marked below.');
  await expectDescribedByError(page.getByLabel('Quantity'), /Choose a quantity from 1 to \d+\./);
  await expectDescribedByError(page.getByLabel('Email'), 'Enter a valid email address, like name@example.com.');
  await expectDescribedByError(
    page.getByRole('checkbox', { name: 'My phone supports eSIM and is unlocked' }),
    'Tick this box to confirm that your phone supports eSIM and is unlocked: an eSIM cannot be installed without both.',
  );
  // The hint stays part of the description next to the error.
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription(/We send the receipt and your eSIM's QR code here\./);
  await expectNoAxeViolations(page);
});

test('the payment form announces a refusal and a decline, each field described by its error', async ({ page }) => {
  await preOrder(page, 1000000, 'payment-errors@example.com');
  const form = await formOf(page, /^Pay /);
  await expectQuietLiveRegion(form);
  await page.getByLabel('Card number').fill('1234');
  await page.getByLabel('Expiry (MM/YY)').fill('13/99');
  await page.getByLabel('Security code (CVC)').fill('1');
  await page.getByRole('button', { name: /^Pay / }).click();

  await expect(form.getByRole('alert')).toContainText('Please correct the card details marked below.');
  await expectDescribedByError(page.getByLabel('Card number'), 'Enter a valid card number.');
  await expectDescribedByError(page.getByLabel('Expiry (MM/YY)'), 'Enter an expiry date in MM/YY that has not passed.');
  await expectDescribedByError(page.getByLabel('Security code (CVC)'), 'Enter the 3 or 4 digit security code.');
  await expectNoAxeViolations(page);

  await pay(page, CARDS.declined);
  await expect(form.getByRole('alert')).toContainText('Your card was declined. Try another card.');
});

test('sign-in and create account announce their errors and describe each field', async ({ page }) => {
  await page.goto('/sign-in');
  const signIn = await formOf(page, 'Sign in');
  await expectQuietLiveRegion(signIn);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.getByRole('alert')).toContainText('Please correct the fields marked below.');
  await expectDescribedByError(page.getByLabel('Email'), 'Enter a valid email address.');
  await expectDescribedByError(page.getByLabel('Password'), 'Enter your password.');
  await expectNoAxeViolations(page);

  await page.goto('/register');
  const register = await formOf(page, 'Create account');
  await expectQuietLiveRegion(register);
  await page.getByLabel('Email').fill('new@example');
  await page.getByLabel('Password').fill('short');
  await register.getByRole('button', { name: 'Create account' }).click();
  await expect(register.getByRole('alert')).toContainText('Please correct the fields marked below.');
  await expectDescribedByError(page.getByLabel('Email'), 'Enter a valid email address.');
  await expectDescribedByError(page.getByLabel('Password'), 'Choose a password of at least 8 characters.');
  await expectNoAxeViolations(page);
});

test('staff sign-in announces its error and describes the password field by it', async ({ page }) => {
  await page.goto('/staff/sign-in');
  const form = await formOf(page, 'Sign in to the console');
  await expectQuietLiveRegion(form);
  await page.getByRole('button', { name: 'Sign in to the console' }).click();
  await expect(form.getByRole('alert')).toHaveText('Enter the staff password.');
  await expectDescribedByError(page.getByLabel('Staff password'), 'Enter the staff password.');
  await expectNoAxeViolations(page);
});

test('the QR code has a text alternative giving the SM-DP+ address and activation code to type in', async ({ page }) => {
  await preOrder(page, 1000000, 'qr-alternative@example.com');
  await pay(page, CARDS.succeeds);
  await expect(page.getByTestId('order-stage')).toHaveAttribute('data-stage', 'esim_ready');
  const smdp = (await page.getByTestId('smdp-address').innerText()).trim();
  const matchingId = (await page.getByTestId('matching-id').innerText()).trim();
  const qr = page.getByTestId('esim-qr');
  await expect(qr).toHaveRole('img');
  await expect(qr).toHaveAccessibleName(
    `QR code of your eSIM. To install it by hand, enter the SM-DP+ address ${smdp} and the activation code ${matchingId}.`,
  );
  // The same fields are listed in text, each with a copy button.
  await expect(page.getByRole('button', { name: 'Copy SM-DP+ address' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy Activation code (matching ID)' })).toBeVisible();
});
