'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { register, signIn, signOutCustomer } from '@/lib/account';
import { getPreferences } from '@/lib/catalog/preferences';
import type { AccountField, AccountFormState } from '@/components/account/account-form-state';
import { registerSchema, safeNextPath, signInSchema } from '@/components/account/account-input';
import { homeAddress } from '@/lib/i18n/addresses';

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
  const outcome = await (mode === 'register' ? register : signIn)(typedEmail, password, locale);
  if (outcome.kind === 'refused') return { values, fieldErrors: {}, formError: t(outcome.refusal.key, outcome.refusal.values) };
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
  redirect(`${homeAddress((await getPreferences()).locale)}?signedOut=1`);
}
