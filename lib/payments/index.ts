import 'server-only';
import { getEnv } from '@/lib/env';
import type { CardPaymentProvider, PaymentProvider } from '@/lib/payments/payment-provider';
import { createPayPalPaymentProvider, type PayPalPaymentProvider } from '@/lib/payments/paypal-payment';
import { createSandboxPaymentProvider } from '@/lib/payments/sandbox-payment';
import { createPayPalClient } from '@/lib/paypal/orders-client';
import { logUpstreamCall } from '@/lib/linksfield';
import { onePerProcess } from '@/lib/one-per-process';

export type PaymentProviders = { card: CardPaymentProvider; paypal: PayPalPaymentProvider };

/** The shop's payment methods, configured from the environment once per process. */
export function getPaymentProviders(): PaymentProviders {
  return onePerProcess('payment-providers', (): PaymentProviders => {
    const env = getEnv();
    const api = env.paypal.api
      ? createPayPalClient({ ...env.paypal.api, timeoutMs: env.timeoutMs, onCall: (record) => logUpstreamCall(record, 'paypal') })
      : undefined;
    return { card: createSandboxPaymentProvider(), paypal: createPayPalPaymentProvider(api) };
  });
}

/** One door for the recovery pass and refunds: each payment goes to its own method's provider. */
export function paymentsByMethod(providers: PaymentProviders): PaymentProvider {
  return {
    name: `${providers.card.name} + ${providers.paypal.name}`,
    lookup: (payment) => (payment.method === 'paypal' ? providers.paypal : providers.card).lookup(payment),
    refund: (paymentId, method) => (method === 'paypal' ? providers.paypal : providers.card).refund(paymentId, method),
  };
}

/** The card provider (the sandbox card), kept for the card path and the staff flow check. */
export function getPaymentProvider(): CardPaymentProvider {
  return getPaymentProviders().card;
}
