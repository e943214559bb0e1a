import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield, LinksfieldError } from '@/lib/linksfield';
import type { ProviderSession } from '@/lib/linksfield/client';
import { guardSignIn, limitRegistration, pauseAfterWrongPassword } from '@/lib/rate-limit';
import { customerAccount, rememberBrowser } from '@/lib/session/known-browsers';
import { signInCustomer } from '@/lib/session/customer-session';
import { providerRefusal, signInRefusal, type Refusal } from '@/lib/account/refusals';

export { signOutCustomer } from '@/lib/session/customer-session';
export type { Refusal } from '@/lib/account/refusals';

/*
 * Customer accounts: the provider's own user accounts, signed in through its login. Sandbox
 * decisions on the codes the documentation leaves open: 1001 wrong e-mail or password, 1002 e-mail
 * already registered.
 */
const WRONG_PASSWORD_CODE = 1001;
const ALREADY_REGISTERED_CODE = 1002;

export type AccountOutcome = { kind: 'signed_in' } | { kind: 'refused'; refusal: Refusal };

async function startSession(email: string, session: ProviderSession): Promise<AccountOutcome> {
  await rememberBrowser(customerAccount(email));
  await signInCustomer(email.toLowerCase(), session.token, session.expiresAt);
  return { kind: 'signed_in' };
}

/**
 * Signs a customer in with the provider. Counted so that no stranger can spend another person's
 * allowance (lib/rate-limit/sign-in-guard.ts): a wrong password counts, and is answered a little later.
 */
export async function signIn(email: string, password: string, locale: Locale): Promise<AccountOutcome> {
  const gate = await guardSignIn('signIn', customerAccount(email));
  if (!gate.allowed) return { kind: 'refused', refusal: signInRefusal(gate) };
  let session: ProviderSession;
  try {
    session = await getLinksfield().login(email, password, locale);
  } catch (error) {
    if (error instanceof LinksfieldError && error.code === WRONG_PASSWORD_CODE) {
      await pauseAfterWrongPassword(gate);
      return { kind: 'refused', refusal: { key: 'account.errors.wrongPassword' } };
    }
    // The provider decided nothing about the password: the attempt is not a failure.
    await gate.settle('undecided');
    return { kind: 'refused', refusal: providerRefusal(error) };
  }
  await gate.settle('signedIn');
  return startSession(email, session);
}

/** Creates the customer's account at the provider (`/user/emailRegister`) and signs them in. */
export async function register(email: string, password: string, locale: Locale): Promise<AccountOutcome> {
  const limit = await limitRegistration();
  if (!limit.allowed) return { kind: 'refused', refusal: { key: 'common.rateLimited', values: { seconds: limit.retryAfterSeconds } } };
  let session: ProviderSession;
  try {
    session = await getLinksfield().register(email, password, locale);
  } catch (error) {
    if (error instanceof LinksfieldError && error.code === ALREADY_REGISTERED_CODE) {
      return { kind: 'refused', refusal: { key: 'account.errors.alreadyRegistered' } };
    }
    return { kind: 'refused', refusal: providerRefusal(error) };
  }
  return startSession(email, session);
}
