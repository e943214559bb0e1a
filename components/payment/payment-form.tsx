'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { CONTROL_CLASS, Field } from '@/components/forms/field';
import { FormAlert } from '@/components/forms/form-alert';
import { payAction } from '@/components/payment/actions';
import { initialPaymentFormState, type CardField } from '@/components/payment/payment-form-state';
import { SubmitButton } from '@/components/order/submit-button';

/** `submitLabel` ("Pay {amount}") comes formatted from the server: hydrating compiles no ICU message. */
export function PaymentForm({ orderRef, submitLabel }: { orderRef: string; submitLabel: string }) {
  const t = useTranslations('payment');
  const id = useId();
  const [state, formAction] = useActionState(payAction.bind(null, orderRef), initialPaymentFormState);

  const field = (name: CardField, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <Field id={`${id}-${name}`} label={label} error={state.fieldErrors[name]}>
      {(control) => <input {...control} name={name} className={`${CONTROL_CLASS} font-mono`} {...props} />}
    </Field>
  );

  return (
    <form action={formAction} noValidate aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t('sandboxNote')}</p>
      <FormAlert title={t('errorTitle')} message={state.formError} />
      {field('number', t('cardNumber'), { inputMode: 'numeric', autoComplete: 'cc-number', placeholder: '4242 4242 4242 4242' })}
      <div className="grid grid-cols-2 gap-3">
        {field('expiry', t('expiry'), {
          inputMode: 'numeric',
          autoComplete: 'cc-exp',
          placeholder: 'MM/YY',
          defaultValue: state.values?.expiry,
        })}
        {field('cvc', t('cvc'), { inputMode: 'numeric', autoComplete: 'cc-csc', placeholder: '123' })}
      </div>
      <SubmitButton label={submitLabel} pendingLabel={t('submitting')} />
    </form>
  );
}
