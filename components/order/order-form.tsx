'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useState } from 'react';
import { preOrderAction } from '@/components/order/actions';
import { FormKeyInput } from '@/components/order/form-key-input';
import { initialOrderFormState, type OrderField, type OrderFormLabels, type OrderFormPackage } from '@/components/order/order-form-state';
import { SubmitButton } from '@/components/order/submit-button';
import { CURRENCY_COOKIE } from '@/lib/currency-preference';
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
  const [state, formAction] = useActionState(preOrderAction, initialOrderFormState, `/packages/${pkg.id}`);
  const [currency, setCurrency] = useState(state.values?.currency || initialCurrency);
  const [quantity, setQuantity] = useState(state.values?.quantity || '1');
  const [periods, setPeriods] = useState(state.values?.periods || String(pkg.minPeriods));
  const [email, setEmail] = useState(state.values?.email ?? '');

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
  const errorId = (field: OrderField) => `${id}-${field}-error`;
  const hintId = (field: OrderField) => `${id}-${field}-hint`;
  const describedBy = (field: OrderField, hint = true) =>
    [hint ? hintId(field) : null, state.fieldErrors[field] ? errorId(field) : null].filter(Boolean).join(' ') ||
    undefined;
  const fieldError = (field: OrderField) =>
    state.fieldErrors[field] ? (
      <p id={errorId(field)} className="text-sm font-medium text-red-700">
        {state.fieldErrors[field]}
      </p>
    ) : null;
  const inputClass =
    'block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700';
  const periodsChoosable = pkg.maxPeriods > pkg.minPeriods;

  function chooseCurrency(next: string) {
    setCurrency(next);
    document.cookie = `${CURRENCY_COOKIE}=${encodeURIComponent(next)}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
  }

  return (
    <form action={formAction} noValidate aria-labelledby={labelledBy} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <div aria-live="assertive" role="alert" className="empty:sr-only">
        {state.formError ? (
          <div className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            <p className="font-semibold">{t('errorTitle')}</p>
            <p>{state.formError}</p>
          </div>
        ) : null}
      </div>

      {state.review ? (
        <p role="status" data-testid="order-review" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {state.review}
        </p>
      ) : null}

      <FormKeyInput fromServer={state.idempotencyKey} />
      <input type="hidden" name="packageId" value={pkg.id} />
      <input type="hidden" name="packageCode" value={pkg.code} />

      <div className="space-y-1">
        <label htmlFor={fieldId('currency')} className="block text-sm font-semibold">
          {t('currency')}
        </label>
        <select
          id={fieldId('currency')}
          name="currency"
          value={currency}
          onChange={(event) => chooseCurrency(event.target.value)}
          aria-invalid={Boolean(state.fieldErrors.currency) || undefined}
          aria-describedby={describedBy('currency', false)}
          className={inputClass}
        >
          {pkg.prices.map((option) => (
            <option key={option.currency} value={option.currency}>
              {option.currency} – {option.currencyName}
            </option>
          ))}
        </select>
        {fieldError('currency')}
        {price ? (
          <p className="text-sm text-slate-700">
            {t('pricePerPeriod')}{' '}
            <span className="font-semibold" data-testid="price-per-period">
              {served?.perPeriod ?? formatMoney(price.amountMinor, price.currency, price.digits, locale)}
            </span>
          </p>
        ) : null}
      </div>

      <div className="space-y-1">
        <label htmlFor={fieldId('quantity')} className="block text-sm font-semibold">
          {t('quantity')}
        </label>
        <input
          id={fieldId('quantity')}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={maxQuantity}
          step={1}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
          aria-invalid={Boolean(state.fieldErrors.quantity) || undefined}
          aria-describedby={describedBy('quantity')}
          className={inputClass}
        />
        <p id={hintId('quantity')} className="text-sm text-slate-600">
          {labels.quantityHint}
        </p>
        {fieldError('quantity')}
      </div>

      {periodsChoosable ? (
        <div className="space-y-1">
          <label htmlFor={fieldId('periods')} className="block text-sm font-semibold">
            {t('periods')}
          </label>
          <select
            id={fieldId('periods')}
            name="periods"
            value={periods}
            onChange={(event) => setPeriods(event.target.value)}
            aria-invalid={Boolean(state.fieldErrors.periods) || undefined}
            aria-describedby={describedBy('periods')}
            className={inputClass}
          >
            {Array.from({ length: pkg.maxPeriods - pkg.minPeriods + 1 }, (_, index) => pkg.minPeriods + index).map(
              (count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ),
            )}
            {/* Keep a refused value visible so the customer sees what was sent. */}
            {periodsValue === null && periods !== '' ? <option value={periods}>{periods}</option> : null}
          </select>
          <p id={hintId('periods')} className="text-sm text-slate-600">
            {labels.periodsHint}
          </p>
          {fieldError('periods')}
        </div>
      ) : (
        <>
          <input type="hidden" name="periods" value={periods} />
          {labels.periodsFixed ? <p className="text-sm text-slate-700">{labels.periodsFixed}</p> : null}
          {fieldError('periods')}
        </>
      )}

      <div className="space-y-1">
        <label htmlFor={fieldId('email')} className="block text-sm font-semibold">
          {t('email')}
        </label>
        <input
          id={fieldId('email')}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={Boolean(state.fieldErrors.email) || undefined}
          aria-describedby={describedBy('email')}
          className={inputClass}
        />
        <p id={hintId('email')} className="text-sm text-slate-600">
          {t('emailHint')}
        </p>
        {fieldError('email')}
      </div>

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
