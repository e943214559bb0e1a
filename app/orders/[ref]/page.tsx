import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OrderSummary } from '@/components/order/order-summary';
import { getPreferences } from '@/lib/catalog/preferences';
import { findOrder } from '@/lib/orders/get-order';

type Props = { params: Promise<{ ref: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function OrderPage({ params }: Props) {
  const order = await findOrder((await params).ref);
  if (!order) notFound();
  const [{ locale }, t] = await Promise.all([getPreferences(), getTranslations('order')]);
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      <OrderSummary order={order} locale={locale} />
      <p className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-slate-800">{t('nextSteps')}</p>
    </div>
  );
}
