'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { resendEsimAction, type ResendState } from '@/components/esim/resend-esim-actions';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/order/submit-button';

const initial: ResendState = {};

/** Sends the eSIM's message again to the order's address: one more, then a pause (the outbox counts). */
export function ResendEsim({ orderRef }: { orderRef: string }) {
  const t = useTranslations('esim.resend');
  const id = useId();
  const [state, formAction] = useActionState(resendEsimAction.bind(null, orderRef), initial);
  return (
    <form action={formAction} aria-describedby={`${id}-hint`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid="resend-esim">
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {t('hint')}
      </p>
      <FormAlert title={t('errorTitle')} message={state.error} />
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden">
        {state.sent ?? ''}
      </p>
      <SubmitButton label={t('button')} pendingLabel={t('sending')} />
    </form>
  );
}
