import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OrderOutcome } from '@/components/order/order-outcome';
import { OrderStatusPoller } from '@/components/order/order-status-poller';
import { OrderSummary } from '@/components/order/order-summary';
import { OrderTimeline } from '@/components/order/order-timeline';
import { PaymentForm } from '@/components/payment/payment-form';
import { PayPalCheckout } from '@/components/payment/paypal-checkout';
import { EsimDetails } from '@/components/esim/esim-details';
import { LazyResendEsim } from '@/components/esim/lazy-esim-parts';
import { getPreferences } from '@/lib/catalog/preferences';
import { formatMoney } from '@/lib/money';
import { canPay, paymentOptions, readOrderPage, shouldPoll } from '@/lib/orders';
import { NONCE_HEADER } from '@/lib/security/content-security-policy';

type Props = { params: Promise<{ ref: string }> };

// The address is the key to the order and its eSIM: keep it out of search engines and referrers.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function OrderPage({ params }: Props) {
  const [{ locale }, t, payment] = await Promise.all([getPreferences(), getTranslations('order'), getTranslations('payment')]);
  const page = await readOrderPage((await params).ref, locale);
  if (!page) notFound();
  const { order, stage, esim } = page;
  const amountLabel = formatMoney(order.provider.amountMinor, order.provider.currency, order.digits, locale);
  const requestHeaders = await headers();
  const options = canPay(stage) ? paymentOptions(order) : undefined;
  const card = options?.methods.includes('sandbox-card') ?? false;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      <OrderTimeline stage={stage} />
      <OrderOutcome
        stage={stage}
        packageId={order.packageId}
        esimUnavailable={stage.kind === 'esim_ready' && !esim}
        pageHref={`/orders/${order.ref}`}
      />
      {shouldPoll(stage) ? <OrderStatusPoller orderRef={order.ref} stage={stage} /> : null}
      {options?.paypal ? (
        <PayPalCheckout
          orderRef={order.ref}
          checkout={options.paypal}
          nonce={requestHeaders.get(NONCE_HEADER) ?? undefined}
          cardOffered={card}
        />
      ) : null}
      {card && options?.paypal ? <p className="text-center text-sm font-medium text-slate-700">{payment('paypal.orCard')}</p> : null}
      {card ? <PaymentForm orderRef={order.ref} submitLabel={payment('submit', { amount: amountLabel })} /> : null}
      {esim ? <EsimDetails esim={esim} locale={locale} userAgent={requestHeaders.get('user-agent')} /> : null}
      {stage.kind === 'esim_ready' ? <LazyResendEsim orderRef={order.ref} /> : null}
      <OrderSummary order={order} locale={locale} />
    </div>
  );
}
