'use server';

import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPreferences } from '@/lib/catalog/preferences';
import { isOrderRef, payWithCard } from '@/lib/orders';
import { cardInputSchema } from '@/lib/payments/card-input';
import type { CardField, PaymentFormState } from '@/components/payment/payment-form-state';

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : undefined;
};

/** Pays an order (its reference bound on the server side of the form) with the sandbox card. */
export async function payAction(orderRef: string, _previous: PaymentFormState, formData: FormData): Promise<PaymentFormState> {
  if (typeof orderRef !== 'string' || !isOrderRef(orderRef)) notFound();
  const t = await getTranslations('payment');
  const values = { expiry: text(formData, 'expiry') ?? '' };
  const parsed = cardInputSchema(new Date()).safeParse({
    number: text(formData, 'number'),
    expiry: text(formData, 'expiry'),
    cvc: text(formData, 'cvc'),
  });
  if (!parsed.success) {
    const fieldErrors: PaymentFormState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as CardField;
      fieldErrors[field] ??= t(`errors.${field}`);
    }
    return { values, fieldErrors, formError: t('errors.fixFields') };
  }

  const { locale } = await getPreferences();
  const result = await payWithCard(orderRef, parsed.data, locale);
  if (result.kind === 'rate_limited') {
    const common = await getTranslations('common');
    return { values, fieldErrors: {}, formError: common('rateLimited', { seconds: result.retryAfterSeconds }) };
  }
  if (result.kind === 'not_found') notFound();
  if (result.kind === 'declined') return { values, fieldErrors: {}, formError: t(`declined.${result.reason}`) };
  if (result.kind === 'not_payable') {
    // A second click or tab: the first payment carries on; the order page shows where it stands.
    if (result.stage.kind !== 'paying') redirect(`/orders/${orderRef}`);
    return { values, fieldErrors: {}, formError: t('errors.inProgress') };
  }
  redirect(`/orders/${orderRef}`);
}
