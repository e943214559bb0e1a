import 'server-only';
import type { PaymentProvider } from '@/lib/payments/payment-provider';
import { createSandboxPaymentProvider } from '@/lib/payments/sandbox-payment';

const globalKey = Symbol.for('esim-qr-mall.payment-provider');
type Holder = { [globalKey]?: PaymentProvider };

/** The sandbox payment is the only provider so far; a real one (PayPal, by the clientId) comes later. */
export function getPaymentProvider(): PaymentProvider {
  const holder = globalThis as Holder;
  holder[globalKey] ??= createSandboxPaymentProvider();
  return holder[globalKey];
}
