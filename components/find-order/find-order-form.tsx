'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { findOrderAction } from '@/components/find-order/find-order-actions';
import { initialFindOrderState } from '@/components/find-order/find-order-state';
import { CONTROL_CLASS, Field } from '@/components/forms/field';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/order/submit-button';

export function FindOrderForm() {
  const t = useTranslations('findOrder');
  const id = useId();
  const [state, formAction] = useActionState(findOrderAction, initialFindOrderState);
  return (
    <form action={formAction} noValidate aria-label={t('title')} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormAlert title={t('errorTitle')} message={state.formError} />
      <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900 empty:hidden" data-testid="find-order-answer">
        {state.answer ?? ''}
      </p>
      <Field id={`${id}-orderNo`} label={t('orderNo')} hint={t('orderNoHint')} error={state.fieldErrors.orderNo}>
        {(control) => <input {...control} name="orderNo" autoComplete="off" spellCheck={false} defaultValue={state.values?.orderNo} className={`${CONTROL_CLASS} font-mono`} />}
      </Field>
      <Field id={`${id}-email`} label={t('email')} error={state.fieldErrors.email}>
        {(control) => <input {...control} name="email" type="email" autoComplete="email" defaultValue={state.values?.email} className={CONTROL_CLASS} />}
      </Field>
      <SubmitButton label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
