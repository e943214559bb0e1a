import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CopyButton } from '@/components/order/copy-button';
import { LocalTime } from '@/components/order/local-time';
import { formatCount, formatLongDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatMoney } from '@/lib/money';
import type { OrderRecord } from '@/lib/store';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-100 py-3 last:border-b-0 sm:grid-cols-[10rem_1fr]">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

export async function OrderSummary({ order, locale }: { order: OrderRecord; locale: Locale }) {
  const t = await getTranslations('order');
  const { provider } = order;
  return (
    <section aria-labelledby="order-details" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="order-details" className="mb-2 text-lg font-semibold">
        {t('details')}
      </h2>
      <dl>
        <Row label={t('orderNo')}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="break-all font-mono" data-testid="order-no">
              {provider.orderNo}
            </span>
            <CopyButton value={provider.orderNo} label={t('orderNo')} buttonText={t('copy', { label: t('orderNo') })} />
          </div>
        </Row>
        <Row label={t('amount')}>
          <span className="font-semibold" data-testid="order-amount">
            {formatMoney(provider.amountMinor, provider.currency, order.digits, locale)}
          </span>
        </Row>
        <Row label={t('clientId')}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="break-all font-mono text-sm" data-testid="client-id">
              {provider.clientId}
            </span>
            <CopyButton value={provider.clientId} label={t('clientId')} buttonText={t('copy', { label: t('clientId') })} />
          </div>
        </Row>
        <Row label={t('package')}>{provider.packageName}</Row>
        <Row label={t('quantity')}>
          <span data-testid="order-quantity">{formatCount(order.quantity, locale)}</span>
        </Row>
        <Row label={t('periods')}>
          <span data-testid="order-periods">{formatCount(provider.periods, locale)}</span>
        </Row>
        <Row label={t('orderTime')}>
          <LocalTime iso={provider.orderTime} locale={locale} utcText={formatLongDateTime(provider.orderTime, locale, 'UTC')} />
        </Row>
        <Row label={t('email')}>{order.email}</Row>
      </dl>
    </section>
  );
}
