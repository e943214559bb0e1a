'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { registerAction, signInAction } from '@/components/account/actions';
import { initialAccountFormState } from '@/components/account/account-form-state';
import { CONTROL_CLASS, Field } from '@/components/forms/field';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/order/submit-button';

export function AccountForm({ mode, next }: { mode: 'signIn' | 'register'; next: string | null }) {
  const t = useTranslations('account');
  const id = useId();
  const [state, formAction] = useActionState(mode === 'signIn' ? signInAction : registerAction, initialAccountFormState);

  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormAlert title={t('errorTitle')} message={state.formError} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id={`${id}-email`} label={t('email')} error={state.fieldErrors.email}>
        {(control) => (
          <input {...control} name="email" type="email" autoComplete="email" defaultValue={state.values?.email} className={CONTROL_CLASS} />
        )}
      </Field>
      <Field
        id={`${id}-password`}
        label={t('password')}
        hint={mode === 'register' ? t('passwordHint') : undefined}
        error={state.fieldErrors.password}
      >
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete={mode === 'signIn' ? 'current-password' : 'new-password'}
            className={CONTROL_CLASS}
          />
        )}
      </Field>
      <SubmitButton label={mode === 'signIn' ? t('signIn') : t('register')} pendingLabel="…" />
    </form>
  );
}
