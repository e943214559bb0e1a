'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { payAction } from '@/components/payment/actions';
import { initialPaymentFormState, type CardField } from '@/components/payment/payment-form-state';
import { SubmitButton } from '@/components/order/submit-button';

/** `submitLabel` ("Pay {amount}") comes formatted from the server: hydrating compiles no ICU message. */
export function PaymentForm({ orderRef, submitLabel }: { orderRef: string; submitLabel: string }) {
  const t = useTranslations('payment');
  const id = useId();
  const [state, formAction] = useActionState(payAction.bind(null, orderRef), initialPaymentFormState);
  const inputClass =
    'block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-base aria-invalid:border-red-700';

  const field = (name: CardField, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => {
    const error = state.fieldErrors[name];
    return (
      <div className="space-y-1">
        <label htmlFor={`${id}-${name}`} className="block text-sm font-semibold">
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
          className={inputClass}
          {...props}
        />
        {error ? (
          <p id={`${id}-${name}-error`} className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form action={formAction} noValidate aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t('sandboxNote')}</p>
      <div role="alert" aria-live="assertive" className="empty:sr-only">
        {state.formError ? (
          <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            <p className="font-semibold">{t('errorTitle')}</p>
            <p>{state.formError}</p>
          </div>
        ) : null}
      </div>
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
