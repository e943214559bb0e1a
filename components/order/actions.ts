'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { recentPackageDetail } from '@/lib/catalog';
import { getEnv } from '@/lib/env';
import { CURRENCY_COOKIE } from '@/lib/currency-preference';
import { isLocale, defaultLocale } from '@/lib/i18n/locales';
import { getLinksfield } from '@/lib/linksfield';
import { inFlightDeadlineMs } from '@/lib/orders/in-flight';
import type { Refusal } from '@/lib/orders/place-order';
import { placeOrderOnce } from '@/lib/orders/place-order-once';
import { limitRate } from '@/lib/rate-limit';
import { getStores } from '@/lib/store';
import { isOrderRef, newIdempotencyKey } from '@/lib/store/records';
import { getSignedInCustomer, signOutCustomer } from '@/lib/session/customer-session';
import type { OrderField, OrderFormState, OrderFormValues } from '@/components/order/order-form-state';
import { FORBIDDEN_PRICE_FIELDS, orderInputSchema, readOrderForm } from '@/components/order/order-input';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Pre-orders a package: validate, let `placeOrder` do the one side effect, then redirect outside try. */
export async function preOrderAction(_previous: OrderFormState, formData: FormData): Promise<OrderFormState> {
  const raw = readOrderForm(formData);
  const values: OrderFormValues = {
    currency: raw.currency ?? '',
    quantity: raw.quantity ?? '',
    periods: raw.periods ?? '',
    email: raw.email ?? '',
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

  const { maxQuantity } = getEnv();
  const parsed = orderInputSchema(maxQuantity).safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: OrderFormState['fieldErrors'] = {};
    let formError: string | undefined;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'packageId' || field === 'packageCode' || field === 'idempotencyKey') {
        formError = t('orderForm.errors.tampered');
      } else if (typeof field === 'string' && field in values && !fieldErrors[field as OrderField]) {
        fieldErrors[field as OrderField] = t(`orderForm.errors.${issue.message}`, { max: maxQuantity, min: 1 });
      }
    }
    return refuse({ fieldErrors, formError: formError ?? t('orderForm.errors.fixFields') });
  }

  const { idempotencyKey, ...request } = parsed.data;
  if (!idempotencyKey) {
    // Sent before any JavaScript ran, so without the key the browser mints: nothing is placed. The
    // answer (rendered for this request alone) carries a key, and the customer sends the form again.
    return { values, fieldErrors: {}, idempotencyKey: newIdempotencyKey(), review: t('orderForm.review') };
  }

  const customer = await getSignedInCustomer();
  // Per account only for a signed-in customer: a guest's typed e-mail is anyone's to type.
  const limit = await limitRate('preOrder', customer?.email ?? null);
  if (!limit.allowed) {
    return refuse({ fieldErrors: {}, formError: t('common.rateLimited', { seconds: limit.retryAfterSeconds }) });
  }
  const result = await placeOrderOnce(idempotencyKey, request, locale, {
    client: getLinksfield(),
    recentPackage: recentPackageDetail,
    stores: getStores(),
    customer,
    partnerCode: getEnv().partnerCode,
    inFlightMs: inFlightDeadlineMs(getEnv()),
  });
  if (!result.ok && customer && result.formError?.key === 'providerErrors.code7') {
    // The customer's provider session ended: sign out here, sign in again, then back to this package.
    await signOutCustomer();
    redirect(`/sign-in?expired=1&next=${encodeURIComponent(`/packages/${parsed.data.packageId}`)}`);
  }
  if (!result.ok) {
    const fieldErrors: OrderFormState['fieldErrors'] = {};
    if (result.fieldErrors?.currency) fieldErrors.currency = say(result.fieldErrors.currency);
    if (result.fieldErrors?.periods) fieldErrors.periods = say(result.fieldErrors.periods);
    return refuse({ fieldErrors, formError: result.formError ? say(result.formError) : t('orderForm.errors.fixFields') });
  }

  (await cookies()).set(CURRENCY_COOKIE, parsed.data.currency, {
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
    sameSite: 'lax',
  });
  redirect(`/orders/${result.ref}`);
}
