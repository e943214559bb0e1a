'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPreferences } from '@/lib/catalog/preferences';
import { getLinksfield, LinksfieldError } from '@/lib/linksfield';
import type { ProviderSession } from '@/lib/linksfield/client';
import { describeProviderError } from '@/lib/provider-error';
import { guardSignIn, limitRegistration, pauseAfterWrongPassword } from '@/lib/rate-limit';
import { signInRefusalText } from '@/lib/rate-limit/refusal-text';
import { customerAccount, rememberBrowser } from '@/lib/session/known-browsers';
import { signInCustomer, signOutCustomer } from '@/lib/session/customer-session';
import type { AccountField, AccountFormState } from '@/components/account/account-form-state';
import { registerSchema, safeNextPath, signInSchema } from '@/components/account/account-input';

/** Sandbox decisions: 1001 wrong e-mail or password, 1002 e-mail already registered. */
const WRONG_PASSWORD_CODE = 1001;
const ALREADY_REGISTERED_CODE = 1002;

type Translator = Awaited<ReturnType<typeof getTranslations>>;

function providerErrorText(t: Translator, error: unknown): string {
  const view = describeProviderError(error);
  return t(`providerErrors.${view.key}`, { code: view.code ?? '' });
}

async function authenticate(
  formData: FormData,
  mode: 'signIn' | 'register',
): Promise<AccountFormState> {
  const t = await getTranslations();
  const email = formData.get('email');
  const values = { email: typeof email === 'string' ? email : '' };
  const parsed = (mode === 'signIn' ? signInSchema : registerSchema).safeParse({
    email: formData.get('email') ?? undefined,
    password: formData.get('password') ?? undefined,
  });
  if (!parsed.success) {
    const fieldErrors: AccountFormState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      fieldErrors[issue.path[0] as AccountField] ??= t(`account.errors.${issue.message}`);
    }
    return { values, fieldErrors, formError: t('account.errors.fixFields') };
  }

  const { email: typedEmail, password } = parsed.data;
  const { locale } = await getPreferences();
  const client = getLinksfield();
  const account = customerAccount(typedEmail);
  let session: ProviderSession;
  if (mode === 'register') {
    const limit = await limitRegistration();
    if (!limit.allowed) {
      return { values, fieldErrors: {}, formError: t('common.rateLimited', { seconds: limit.retryAfterSeconds }) };
    }
    try {
      session = await client.register(typedEmail, password, locale);
    } catch (error) {
      if (error instanceof LinksfieldError && error.code === ALREADY_REGISTERED_CODE) {
        return { values, fieldErrors: {}, formError: t('account.errors.alreadyRegistered') };
      }
      return { values, fieldErrors: {}, formError: providerErrorText(t, error) };
    }
  } else {
    const gate = await guardSignIn('signIn', account);
    if (!gate.allowed) return { values, fieldErrors: {}, formError: await signInRefusalText(gate) };
    try {
      session = await client.login(typedEmail, password, locale);
    } catch (error) {
      if (error instanceof LinksfieldError && error.code === WRONG_PASSWORD_CODE) {
        await pauseAfterWrongPassword(gate);
        return { values, fieldErrors: {}, formError: t('account.errors.wrongPassword') };
      }
      // The provider decided nothing about the password: the attempt is not a failure.
      await gate.settle('undecided');
      return { values, fieldErrors: {}, formError: providerErrorText(t, error) };
    }
    await gate.settle('signedIn');
  }
  await rememberBrowser(account);
  await signInCustomer(typedEmail.toLowerCase(), session.token, session.expiresAt);
  redirect(safeNextPath(formData.get('next')) ?? '/my-esims');
}

export async function signInAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  return authenticate(formData, 'signIn');
}

export async function registerAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  return authenticate(formData, 'register');
}

export async function signOutAction(): Promise<void> {
  await signOutCustomer();
  redirect('/?signedOut=1');
}
