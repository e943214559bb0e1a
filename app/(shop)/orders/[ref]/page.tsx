import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OrderOutcome } from '@/components/order/order-outcome';
import { OrderStatusPoller } from '@/components/order/order-status-poller';
import { OrderSummary } from '@/components/order/order-summary';
import { OrderTimeline } from '@/components/order/order-timeline';
import { PaymentForm } from '@/components/payment/payment-form';
import { EsimDetails } from '@/components/esim/esim-details';
import { getPreferences } from '@/lib/catalog/preferences';
import { getLinksfield } from '@/lib/linksfield';
import { formatMoney } from '@/lib/money';
import { findOrder } from '@/lib/orders/get-order';
import { loadEsim } from '@/lib/orders/load-esim';
import { canPay, shouldPoll } from '@/lib/orders/order-stage';
import { recoveryDependencies } from '@/lib/orders/recovery';
import { refreshOrderStage } from '@/lib/orders/refresh-order';
import { getStores } from '@/lib/store';

type Props = { params: Promise<{ ref: string }> };

// The address is the key to the order and its eSIM: keep it out of search engines and referrers.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function OrderPage({ params }: Props) {
  const order = await findOrder((await params).ref);
  if (!order) notFound();
  const [{ locale }, t, payment] = await Promise.all([getPreferences(), getTranslations('order'), getTranslations('payment')]);
  // Right after the order form the pre-order's answer is the news: the poller asks from then on.
  const { stage } = await refreshOrderStage(order, locale, { stores: getStores(), client: getLinksfield(), settle: recoveryDependencies() }, { trustPreOrderForMs: 30_000 });
  const esim = stage.kind === 'esim_ready' ? await loadEsim(order, locale) : null;
  const amountLabel = formatMoney(order.provider.amountMinor, order.provider.currency, order.digits, locale);

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
      {canPay(stage) ? <PaymentForm orderRef={order.ref} submitLabel={payment('submit', { amount: amountLabel })} /> : null}
      {esim ? <EsimDetails esim={esim} locale={locale} userAgent={(await headers()).get('user-agent')} /> : null}
      <OrderSummary order={order} locale={locale} />
    </div>
  );
}
