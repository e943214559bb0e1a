'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { staffSignInAction, type StaffFormState } from '@/components/staff/staff-actions';
import { SubmitButton } from '@/components/order/submit-button';

const initial: StaffFormState = {};

export function StaffSignInForm() {
  const t = useTranslations('staff.signIn');
  const [state, formAction] = useActionState(staffSignInAction, initial);
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div role="alert" aria-live="assertive" className="empty:sr-only">
        {state.error ? (
          <p id="staff-password-error" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {state.error}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="staff-password" className="block text-sm font-semibold">
          {t('password')}
        </label>
        <input
          id="staff-password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? 'staff-password-error' : undefined}
          className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      <SubmitButton label={t('submit')} pendingLabel="…" />
    </form>
  );
}
