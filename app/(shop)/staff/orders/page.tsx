import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getPreferences } from '@/lib/catalog/preferences';
import { formatUtcDateTime } from '@/lib/i18n/format';
import { formatMoney } from '@/lib/money';
import { listStaffOrders } from '@/lib/orders';
import { RecoveryLog } from '@/components/staff/recovery-log';
import { requireStaffPage } from '@/lib/staff';

export const dynamic = 'force-dynamic';

export default async function StaffOrdersPage() {
  await requireStaffPage();
  const [t, stageLabel, { locale }] = await Promise.all([
    getTranslations('staff.orders'),
    getTranslations('account.statusLabels'),
    getPreferences(),
  ]);
  const { orders: rows, unconfirmed, recovery } = await listStaffOrders();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {unconfirmed.length > 0 ? (
        <section aria-labelledby="unconfirmed-title" className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3">
          <h2 id="unconfirmed-title" className="font-semibold">{t('unconfirmedTitle')}</h2>
          <p className="text-sm">{t('unconfirmedIntro')}</p>
          <ul className="space-y-1 font-mono text-xs" data-testid="unconfirmed-pre-orders">
            {unconfirmed.map((record) => (
              <li key={record.key}>
                {formatUtcDateTime(record.updatedAt, locale)} · {record.key} · {record.request}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RecoveryLog actions={recovery} locale={locale} />
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-2 py-1">{t('orderNo')}</th>
                <th scope="col" className="px-2 py-1">{t('stage')}</th>
                <th scope="col" className="px-2 py-1">{t('amount')}</th>
                <th scope="col" className="px-2 py-1">{t('email')}</th>
                <th scope="col" className="px-2 py-1">{t('created')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ order, stage }) => (
                <tr key={order.ref} className="border-t border-slate-100">
                  <td className="px-2 py-1 font-mono">
                    <Link href={`/staff/orders/${order.ref}`} className="text-brand-700 underline" aria-label={t('open', { orderNo: order.provider.orderNo })}>
                      {order.provider.orderNo}
                    </Link>
                  </td>
                  <td className="px-2 py-1">
                    {stageLabel(stage.kind)} <span className="font-mono text-xs text-slate-600">{stage.kind}</span>
                  </td>
                  <td className="px-2 py-1">{formatMoney(order.provider.amountMinor, order.provider.currency, order.digits, locale)}</td>
                  <td className="px-2 py-1">{order.email}</td>
                  <td className="whitespace-nowrap px-2 py-1">
                    <time dateTime={order.createdAt}>{formatUtcDateTime(order.createdAt, locale)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
