import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield } from '@/lib/linksfield';
import { payOrder, type PayResult } from '@/lib/orders/pay-order';
import { getPaymentProvider } from '@/lib/payments';
import type { CardInput } from '@/lib/payments/payment-provider';
import { limitRate } from '@/lib/rate-limit';
import { getStores } from '@/lib/store';

export type CardPaymentOutcome = PayResult | { kind: 'rate_limited'; retryAfterSeconds: number };

/** Pays an order with a checked card, within the payment limits (the order's reference is its account). */
export async function payWithCard(ref: string, card: CardInput, locale: Locale): Promise<CardPaymentOutcome> {
  // Only whoever holds the order page has its unguessable reference: it may stand for the account.
  const limit = await limitRate('payment', ref);
  if (!limit.allowed) return { kind: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
  return payOrder(ref, card, locale, { stores: getStores(), client: getLinksfield(), paymentProvider: getPaymentProvider() });
}
