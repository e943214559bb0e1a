'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { registerAction, signInAction } from '@/components/account/actions';
import { initialAccountFormState, type AccountField } from '@/components/account/account-form-state';
import { SubmitButton } from '@/components/order/submit-button';

export function AccountForm({ mode, next }: { mode: 'signIn' | 'register'; next: string | null }) {
  const t = useTranslations('account');
  const id = useId();
  const [state, formAction] = useActionState(mode === 'signIn' ? signInAction : registerAction, initialAccountFormState);
  const inputClass = 'block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700';

  const describedBy = (field: AccountField, hint?: string) =>
    [hint, state.fieldErrors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const error = (field: AccountField) =>
    state.fieldErrors[field] ? (
      <p id={`${id}-${field}-error`} className="text-sm font-medium text-red-700">
        {state.fieldErrors[field]}
      </p>
    ) : null;

  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div role="alert" aria-live="assertive" className="empty:sr-only">
        {state.formError ? (
          <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            <p className="font-semibold">{t('errorTitle')}</p>
            <p>{state.formError}</p>
          </div>
        ) : null}
      </div>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div className="space-y-1">
        <label htmlFor={`${id}-email`} className="block text-sm font-semibold">
          {t('email')}
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={state.values?.email}
          aria-invalid={state.fieldErrors.email ? true : undefined}
          aria-describedby={describedBy('email')}
          className={inputClass}
        />
        {error('email')}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-password`} className="block text-sm font-semibold">
          {t('password')}
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={mode === 'signIn' ? 'current-password' : 'new-password'}
          aria-invalid={state.fieldErrors.password ? true : undefined}
          aria-describedby={describedBy('password', mode === 'register' ? `${id}-password-hint` : undefined)}
          className={inputClass}
        />
        {mode === 'register' ? (
          <p id={`${id}-password-hint`} className="text-sm text-slate-600">
            {t('passwordHint')}
          </p>
        ) : null}
        {error('password')}
      </div>
      <SubmitButton label={mode === 'signIn' ? t('signIn') : t('register')} pendingLabel="…" />
    </form>
  );
}
