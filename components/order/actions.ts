'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CURRENCY_COOKIE } from '@/lib/currency-preference';
import { packageAddress } from '@/lib/i18n/addresses';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { isOrderRef, newIdempotencyKey, orderRules, placePreOrder, type Refusal } from '@/lib/orders';
import type { OrderField, OrderFormState, OrderFormValues } from '@/components/order/order-form-state';
import { FORBIDDEN_PRICE_FIELDS, orderInputSchema, readOrderForm } from '@/components/order/order-input';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Pre-orders a package: check the form, let `placePreOrder` do the one side effect, then redirect. */
export async function preOrderAction(_previous: OrderFormState, formData: FormData): Promise<OrderFormState> {
  const raw = readOrderForm(formData);
  const values: OrderFormValues = {
    currency: raw.currency ?? '',
    quantity: raw.quantity ?? '',
    periods: raw.periods ?? '',
    email: raw.email ?? '',
    compatible: raw.compatible ?? '',
  };
  // Sent back with every refusal: a form without JavaScript keeps its key only through the answers.
  const keptKey = isOrderRef(raw.idempotencyKey ?? '') ? raw.idempotencyKey : undefined;
  const refuse = (refusal: Omit<OrderFormState, 'values' | 'idempotencyKey'>): OrderFormState => ({
    values,
    idempotencyKey: keptKey,
    ...refusal,
  });
  const localeValue = await getLocale();
  const locale = isLocale(localeValue) ? localeValue : defaultLocale;
  const t = await getTranslations();
  const say = (refusal: Refusal) => t(refusal.key, refusal.values);

  if (FORBIDDEN_PRICE_FIELDS.some((name) => formData.has(name))) {
    return refuse({ fieldErrors: {}, formError: t('orderForm.errors.priceFromBrowser') });
  }

  const rules = orderRules();
  const parsed = orderInputSchema(rules).safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: OrderFormState['fieldErrors'] = {};
    let formError: string | undefined;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'packageId' || field === 'packageCode' || field === 'idempotencyKey') {
        formError = t('orderForm.errors.tampered');
      } else if (typeof field === 'string' && field in values && !fieldErrors[field as OrderField]) {
        fieldErrors[field as OrderField] = t(`orderForm.errors.${issue.message}`, { max: rules.maxQuantity, min: rules.minQuantity });
      }
    }
    return refuse({ fieldErrors, formError: formError ?? t('orderForm.errors.fixFields') });
  }

  // The tick was checked by the schema; what goes on is the order itself.
  const { idempotencyKey, packageId, packageCode, currency, quantity, periods, email } = parsed.data;
  const request = { packageId, packageCode, currency, quantity, periods, email };
  if (!idempotencyKey) {
    // Sent before any JavaScript ran, so without the key the browser mints: nothing is placed. The
    // answer (rendered for this request alone) carries a key, and the customer sends the form again.
    return { values, fieldErrors: {}, idempotencyKey: newIdempotencyKey(), review: t('orderForm.review') };
  }

  const outcome = await placePreOrder(idempotencyKey, request, locale);
  if (outcome.kind === 'signed_out') {
    // The customer's provider session ended: sign in again, then back to this package.
    redirect(`/sign-in?expired=1&next=${encodeURIComponent(packageAddress(locale, request.packageId))}`);
  }
  if (outcome.kind === 'rate_limited') {
    return refuse({ fieldErrors: {}, formError: t('common.rateLimited', { seconds: outcome.retryAfterSeconds }) });
  }
  if (outcome.kind === 'refused') {
    const fieldErrors: OrderFormState['fieldErrors'] = {};
    if (outcome.fieldErrors?.currency) fieldErrors.currency = say(outcome.fieldErrors.currency);
    if (outcome.fieldErrors?.periods) fieldErrors.periods = say(outcome.fieldErrors.periods);
    return refuse({ fieldErrors, formError: outcome.formError ? say(outcome.formError) : t('orderForm.errors.fixFields') });
  }

  (await cookies()).set(CURRENCY_COOKIE, request.currency, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax' });
  redirect(`/orders/${outcome.ref}`);
}
