import 'server-only';
import { getEnv, type PaymentMethodName } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield } from '@/lib/linksfield';
import { minorToDecimalString } from '@/lib/money';
import {
  capturePayPalOrder,
  createPayPalOrder,
  recordBrowserCapture,
  type BrowserCapture,
  type PayPalDependencies,
  type PayPalResult,
} from '@/lib/orders/pay-with-paypal';
import { getPaymentProviders, paymentsByMethod } from '@/lib/payments';
import { limitRate } from '@/lib/rate-limit';
import type { OrderRecord } from '@/lib/store/records';
import { getStores } from '@/lib/store';

export type { BrowserCapture, PayPalResult } from '@/lib/orders/pay-with-paypal';

/** What the payment page needs to offer PayPal: nothing secret (a client id is public by design). */
export type PayPalCheckout = {
  /** Whose PayPal app the buttons load: the shop's, or the provider's (the pre-order's clientId). */
  collects: 'provider' | 'shop';
  clientId: string;
  currency: string;
  /** The pre-order's amount as PayPal writes it ("12.50"): the only figure the buttons ever use. */
  amount: string;
  /** Only for the built-in sandbox's stand-in of the SDK; unset, the SDK comes from PayPal. */
  sdkBaseUrl: string | undefined;
};

export type PaymentOptions = { methods: readonly PaymentMethodName[]; paypal: PayPalCheckout | null };

/** The payment methods the page offers for an order, as configured (PAYMENT_METHODS, PAYPAL_*). */
export function paymentOptions(order: OrderRecord): PaymentOptions {
  const env = getEnv();
  const paypal = env.paymentMethods.includes('paypal')
    ? {
        collects: env.paypal.collects,
        clientId: env.paypal.api?.clientId ?? order.provider.clientId,
        currency: order.provider.currency,
        amount: minorToDecimalString(order.provider.amountMinor, order.digits),
        sdkBaseUrl: env.paypal.sdkBaseUrl,
      }
    : null;
  return { methods: env.paymentMethods, paypal };
}

function dependencies(): PayPalDependencies {
  const providers = getPaymentProviders();
  return { stores: getStores(), client: getLinksfield(), paypal: providers.paypal, paymentProvider: paymentsByMethod(providers) };
}

type Limited = { kind: 'rate_limited'; retryAfterSeconds: number };

async function limited(ref: string): Promise<Limited | null> {
  // Only whoever holds the order page has its unguessable reference: it may stand for the account.
  const limit = await limitRate('payment', ref);
  return limit.allowed ? null : { kind: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
}

export type PayPalOutcome = PayPalResult | Limited;

/** Shop collects: the PayPal order for the buttons' `createOrder`. */
export async function startPayPalPayment(ref: string): Promise<PayPalOutcome> {
  return (await limited(ref)) ?? createPayPalOrder(ref, dependencies());
}

/** Shop collects: captures what the buyer approved (the buttons' `onApprove`), then reports it. */
export async function finishPayPalPayment(ref: string, paypalOrderId: string, locale: Locale): Promise<PayPalOutcome> {
  return (await limited(ref)) ?? capturePayPalOrder(ref, paypalOrderId, locale, dependencies());
}

/** Provider collects: the capture the browser made with the provider's PayPal app, checked and reported. */
export async function reportPayPalCapture(ref: string, capture: BrowserCapture, locale: Locale): Promise<PayPalOutcome> {
  return (await limited(ref)) ?? recordBrowserCapture(ref, capture, locale, dependencies());
}
