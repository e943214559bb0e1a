import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import type { LinksfieldClient } from '@/lib/linksfield/client';
import { withCallContext } from '@/lib/linksfield/call-context';
import { isTokenRefused, isUnknownPackage, ProviderUnavailableError, UnexpectedAnswerError } from '@/lib/linksfield/errors';
import { preOrderBody } from '@/lib/linksfield/pre-order-body';
import type { EsimPackage } from '@/lib/linksfield/types';
import { describeProviderError } from '@/lib/provider-error';
import { newOrderRef, type OrderRecord } from '@/lib/store/records';
import type { Stores } from '@/lib/store/stores';

export type OrderRequest = {
  packageId: number;
  packageCode: string;
  currency: string;
  quantity: number;
  periods: number;
  email: string;
};

/** A message to show: an i18n key and its values. */
export type Refusal = { key: string; values?: Record<string, string | number> };

export type PlaceOrderResult =
  | { ok: true; ref: string }
  | {
      ok: false;
      formError?: Refusal;
      fieldErrors?: { currency?: Refusal; periods?: Refusal };
      /** The pre-order was sent and no usable answer came: it may exist at the provider. */
      unconfirmed?: { request: string };
      /** The customer's provider token was refused (code 7): they must sign in again. */
      tokenRefused?: true;
    };

type Dependencies = {
  client: Pick<LinksfieldClient, 'getPackage' | 'preOrder'>;
  /**
   * The package as read from the provider within the last minute, if the shop has it (the page the
   * customer ordered from): spares a provider round trip on the way to the confirmation.
   */
  recentPackage?: (id: number, locale: Locale) => EsimPackage | undefined;
  stores: Stores;
  now?: () => Date;
  /** A signed-in customer: the order is placed with their provider token and linked to their account. */
  customer?: { email: string; token: string } | null;
  /** Only to describe an unconfirmed pre-order to staff. */
  partnerCode?: string;
  /** The order form's key (lib/orders/place-order-once.ts), closed as `done` with the stored order. */
  formKey?: string;
};


function providerRefusal(error: unknown): Refusal {
  const view = describeProviderError(error);
  return { key: `providerErrors.${view.key}`, values: view.code === undefined ? undefined : { code: view.code } };
}

/**
 * Reads the package (a copy from the last minute, else from the provider), checks the request
 * against it, pre-orders with the server's own price and stores the order. Nothing reaches the
 * pre-order endpoint unless every check passed.
 */
export function placeOrder(request: OrderRequest, locale: Locale, deps: Dependencies): Promise<PlaceOrderResult> {
  // The reference exists before any call, so the staff log ties every call to this order.
  const ref = newOrderRef();
  return withCallContext({ orderRef: ref }, () => placeOrderAs(ref, request, locale, deps));
}

async function placeOrderAs(
  ref: string,
  request: OrderRequest,
  locale: Locale,
  deps: Dependencies,
): Promise<PlaceOrderResult> {
  const recent = deps.recentPackage?.(request.packageId, locale);
  // A refusal based on the minute-old copy is only given after a fresh read agrees.
  const readAgain = () => placeOrderAs(ref, request, locale, { ...deps, recentPackage: undefined });
  let pkg: EsimPackage;
  try {
    pkg = recent ?? (await deps.client.getPackage(request.packageId, locale));
  } catch (error) {
    if (isUnknownPackage(error)) {
      return { ok: false, formError: { key: 'orderForm.errors.packageUnavailable' } };
    }
    return { ok: false, formError: providerRefusal(error) };
  }

  const price = pkg.prices.find((candidate) => candidate.currency === request.currency);
  const periodsAllowed = request.periods >= pkg.minPeriods && request.periods <= pkg.maxPeriods;
  if (recent && (pkg.code !== request.packageCode || !price || !periodsAllowed)) return readAgain();

  if (pkg.code !== request.packageCode) {
    return { ok: false, formError: { key: 'orderForm.errors.tampered' } };
  }
  if (!price) {
    return {
      ok: false,
      fieldErrors: {
        currency: {
          key: 'orderForm.errors.currencyNotOffered',
          values: { offered: pkg.prices.map((p) => p.currency).join(', ') },
        },
      },
    };
  }
  if (!periodsAllowed) {
    return {
      ok: false,
      fieldErrors: {
        periods: { key: 'orderForm.errors.periods', values: { min: pkg.minPeriods, max: pkg.maxPeriods } },
      },
    };
  }

  const input = { pkg, price, quantity: request.quantity, periods: request.periods };
  let placed: Awaited<ReturnType<LinksfieldClient['preOrder']>>;
  try {
    placed = await deps.client.preOrder(input, locale, { customerToken: deps.customer?.token });
  } catch (error) {
    if (error instanceof ProviderUnavailableError || error instanceof UnexpectedAnswerError) {
      // Sent, but the answer never came or made no sense: the order may exist. Never resend blindly.
      return {
        ok: false,
        formError: { key: 'orderForm.errors.unconfirmed' },
        unconfirmed: { request: JSON.stringify(preOrderBody(input, deps.partnerCode ?? '').body) },
      };
    }
    return { ok: false, formError: providerRefusal(error), tokenRefused: isTokenRefused(error) || undefined };
  }

  const now = (deps.now?.() ?? new Date()).toISOString();
  const order: OrderRecord = {
    ref,
    createdAt: now,
    locale,
    email: request.email,
    accountEmail: deps.customer?.email ?? null,
    placedWith: deps.customer ? 'customer' : 'shop',
    providerPayStatus: null,
    packageId: pkg.id,
    packageCode: pkg.code,
    packageName: pkg.name,
    currency: price.currency,
    currencyId: price.currencyId,
    digits: price.digits,
    quantity: request.quantity,
    periods: request.periods,
    moneyMinor: placed.moneyMinor,
    provider: placed.order,
    exchange: placed.exchange,
  };
  // With the form's key, the order and the key's `done` are stored together: a crash between them
  // can no longer leave a placed order behind a key that looks cut off.
  if (deps.formKey) await deps.stores.orders.insertForKey(order, deps.formKey, now);
  else await deps.stores.orders.insert(order);
  return { ok: true, ref };
}
