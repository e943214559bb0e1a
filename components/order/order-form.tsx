'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { preOrderAction } from '@/components/order/actions';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { CONTROL_CLASS, Field } from '@/components/forms/field';
import { FormAlert } from '@/components/forms/form-alert';
import { FormKeyInput } from '@/components/order/form-key-input';
import { initialOrderFormState, type OrderField, type OrderFormLabels, type OrderFormPackage } from '@/components/order/order-form-state';
import { SubmitButton } from '@/components/order/submit-button';
import { CURRENCY_COOKIE } from '@/lib/currency-preference';
import { packageAddress } from '@/lib/i18n/addresses';
import { isLocale } from '@/lib/i18n/locales';
import { formatMoney, orderTotalMinor } from '@/lib/money';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

function wholeNumberIn(text: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

export function OrderForm({
  pkg,
  initialCurrency,
  maxQuantity,
  locale,
  labels,
  labelledBy,
}: {
  labelledBy?: string;
  pkg: OrderFormPackage;
  initialCurrency: string;
  maxQuantity: number;
  locale: string;
  /** What the form first shows, formatted on the server (see `orderFormLabels`). */
  labels: OrderFormLabels;
}) {
  const t = useTranslations('orderForm');
  const id = useId();
  // The permalink is where the form posts before JavaScript runs, and names its answer in both the
  // cached copy and the page rendered per request (which answers that post; see cached-routes.mjs).
  const [state, formAction] = useActionState(preOrderAction, initialOrderFormState, packageAddress(isLocale(locale) ? locale : 'en', pkg.id));
  const [currency, setCurrency] = useState(state.values?.currency || initialCurrency);
  const [quantity, setQuantity] = useState(state.values?.quantity || '1');
  const [periods, setPeriods] = useState(state.values?.periods || String(pkg.minPeriods));
  const [email, setEmail] = useState(state.values?.email ?? '');
  const [compatible, setCompatible] = useState(state.values?.compatible === 'on');

  const price = pkg.prices.find((p) => p.currency === currency);
  const quantityValue = wholeNumberIn(quantity, 1, maxQuantity);
  const periodsValue = wholeNumberIn(periods, pkg.minPeriods, pkg.maxPeriods);
  const served = price ? labels.prices[price.currency] : undefined;
  // For display only: the server computes the charged total again from the provider's price.
  const totalLabel =
    price && quantityValue && periodsValue
      ? quantityValue === 1 && periodsValue === pkg.minPeriods && served
        ? served.firstTotal
        : formatMoney(orderTotalMinor(price.amountMinor, periodsValue, quantityValue), price.currency, price.digits, locale)
      : null;

  const fieldId = (field: OrderField) => `${id}-${field}`;
  const periodsChoosable = pkg.maxPeriods > pkg.minPeriods;

  function chooseCurrency(next: string) {
    setCurrency(next);
    document.cookie = `${CURRENCY_COOKIE}=${encodeURIComponent(next)}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
  }

  return (
    <form action={formAction} noValidate aria-labelledby={labelledBy} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormAlert title={t('errorTitle')} message={state.formError} />

      {state.review ? (
        <p role="status" data-testid="order-review" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {state.review}
        </p>
      ) : null}

      <FormKeyInput fromServer={state.idempotencyKey} />
      <input type="hidden" name="packageId" value={pkg.id} />
      <input type="hidden" name="packageCode" value={pkg.code} />

      <Field
        id={fieldId('currency')}
        label={t('currency')}
        error={state.fieldErrors.currency}
        footer={
          price ? (
            <p className="text-sm text-slate-700">
              {t('pricePerPeriod')}{' '}
              <span className="font-semibold" data-testid="price-per-period">
                {served?.perPeriod ?? formatMoney(price.amountMinor, price.currency, price.digits, locale)}
              </span>
            </p>
          ) : null
        }
      >
        {(control) => (
          <select {...control} name="currency" value={currency} onChange={(event) => chooseCurrency(event.target.value)} className={CONTROL_CLASS}>
            {pkg.prices.map((option) => (
              <option key={option.currency} value={option.currency}>
                {option.currency} – {labels.prices[option.currency]?.name ?? option.currencyName}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field id={fieldId('quantity')} label={t('quantity')} hint={labels.quantityHint} error={state.fieldErrors.quantity}>
        {(control) => (
          <input
            {...control}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            step={1}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            className={CONTROL_CLASS}
          />
        )}
      </Field>

      {periodsChoosable ? (
        <Field id={fieldId('periods')} label={t('periods')} hint={labels.periodsHint} error={state.fieldErrors.periods}>
          {(control) => (
            <select {...control} name="periods" value={periods} onChange={(event) => setPeriods(event.target.value)} className={CONTROL_CLASS}>
              {Array.from({ length: pkg.maxPeriods - pkg.minPeriods + 1 }, (_, index) => pkg.minPeriods + index).map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
              {/* Keep a refused value visible so the customer sees what was sent. */}
              {periodsValue === null && periods !== '' ? <option value={periods}>{periods}</option> : null}
            </select>
          )}
        </Field>
      ) : (
        <>
          <input type="hidden" name="periods" value={periods} />
          {labels.periodsFixed ? <p className="text-sm text-slate-700">{labels.periodsFixed}</p> : null}
          {state.fieldErrors.periods ? (
            <p id={`${fieldId('periods')}-error`} className="text-sm font-medium text-red-700">
              {state.fieldErrors.periods}
            </p>
          ) : null}
        </>
      )}

      <Field id={fieldId('email')} label={t('email')} hint={t('emailHint')} error={state.fieldErrors.email}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            className={CONTROL_CLASS}
          />
        )}
      </Field>

      <CheckboxField
        id={fieldId('compatible')}
        name="compatible"
        label={t('compatible')}
        required
        checked={compatible}
        onChange={(event) => setCompatible(event.target.checked)}
        error={state.fieldErrors.compatible}
      />

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
        <p className="text-lg">
          <span className="font-semibold">{t('total')}: </span>
          <output aria-live="polite" data-testid="order-total">
            {totalLabel ?? t('totalPending')}
          </output>
        </p>
        <SubmitButton label={t('submit')} pendingLabel={t('submitting')} />
      </div>
    </form>
  );
}
