import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LocalTime } from '@/components/order/local-time';
import { formatLongDateTime } from '@/lib/i18n/format';
import { getPreferences } from '@/lib/catalog/preferences';
import { listMyOrders } from '@/lib/orders';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function MyEsimsPage() {
  const mine = await listMyOrders();
  if (!mine) redirect('/sign-in?next=/my-esims');
  const [{ locale }, t] = await Promise.all([getPreferences(), getTranslations('account')]);
  const rows = mine.orders;

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('myEsimsTitle')}</h1>
      <p className="text-sm text-slate-600">{t('signedInAs', { email: mine.email })}</p>
      {rows.length === 0 ? (
        <div className="space-y-3 rounded-lg bg-white p-4">
          <p>{t('myEsimsEmpty')}</p>
          <Link href="/" className="text-brand-700 underline underline-offset-4">
            {t('browse')}
          </Link>
        </div>
      ) : (
        <ul className="space-y-3">
          {rows.map(({ order, stage }) => (
            <li key={order.ref} className="rounded-lg border border-slate-200 bg-white p-4">
              <article className="flex flex-wrap items-center justify-between gap-3">
                <div className="space-y-1">
                  <h2 className="font-semibold">{order.provider.packageName}</h2>
                  <p className="font-mono text-sm">{order.provider.orderNo}</p>
                  <p className="text-sm text-slate-600">
                    {t('orderedOn')}: <LocalTime iso={order.provider.orderTime} locale={locale} utcText={formatLongDateTime(order.provider.orderTime, locale, 'UTC')} />
                  </p>
                </div>
                <div className="flex flex-col items-end gap-2">
                  <span className="rounded-full bg-slate-100 px-3 py-1 text-sm" data-testid="esim-status">
                    <span className="sr-only">{t('status')}: </span>
                    {t(`statusLabels.${stage.kind}`)}
                  </span>
                  <Link
                    href={`/my-esims/${order.ref}`}
                    className="text-sm font-semibold text-brand-700 underline underline-offset-4"
                    aria-label={t('open', { orderNo: order.provider.orderNo })}
                  >
                    {t('open', { orderNo: '' }).trim()}
                  </Link>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
