import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { prettyJson } from '@/lib/call-log/json-text';
import { redactBody } from '@/lib/call-log/redact';
import { formatMilliseconds, formatUtcDateTime } from '@/lib/i18n/format';
import { readStaffOrder } from '@/lib/orders';
import { RecoveryLog } from '@/components/staff/recovery-log';
import { requireStaffPage } from '@/lib/staff';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ ref: string }> };

/** Focusable, so its scrolled-off lines can be read with the arrow keys. */
function Json({ text, testId }: { text: string | null; testId?: string }) {
  const safe = redactBody(text);
  return (
    <pre tabIndex={0} className="max-h-72 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100" data-testid={testId}>
      {safe === null ? '—' : (prettyJson(safe) ?? safe)}
    </pre>
  );
}

export default async function StaffOrderPage({ params }: Props) {
  await requireStaffPage();
  const found = await readStaffOrder((await params).ref);
  if (!found) notFound();
  const { order, stage, payments, report, calls, recovery } = found;
  const [t, stageLabel, locale] = await Promise.all([
    getTranslations('staff.orders'),
    getTranslations('account.statusLabels'),
    getLocale(),
  ]);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">
        <span className="font-mono">{order.provider.orderNo}</span> · {stageLabel(stage.kind)}{' '}
        <span className="font-mono text-base font-normal text-slate-600" data-testid="staff-order-stage">
          {stage.kind}
        </span>
      </h1>
      <p className="text-sm">
        {t('ref')}: <span className="font-mono">{order.ref}</span> ·{' '}
        <Link href={`/orders/${order.ref}`} className="text-brand-700 underline">
          {t('customerPage')}
        </Link>
      </p>
      <section aria-labelledby="preorder-title" className="space-y-2">
        <h2 id="preorder-title" className="text-lg font-semibold">{t('preOrderAnswer')}</h2>
        <div className="grid gap-2 lg:grid-cols-2">
          <Json text={order.exchange.request} />
          <Json text={order.exchange.response} />
        </div>
      </section>
      <section aria-labelledby="payments-title" className="space-y-2">
        <h2 id="payments-title" className="text-lg font-semibold">{t('payments')}</h2>
        {payments.length === 0 ? (
          <p>{t('noPayments')}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {payments.map((payment) => (
              <li key={payment.id} className="font-mono">
                {formatUtcDateTime(payment.createdAt, locale)} · {t(`paymentMethods.${payment.method}`)} ·{' '}
                {t(`paymentStatuses.${payment.status}`)}
                {payment.cardLast4 ? ` · •••• ${payment.cardLast4}` : ''}
                {payment.paypalOrderId ? (
                  <>
                    {' · '}
                    {t('paypalOrder')} <span data-testid="payment-paypal-order">{payment.paypalOrderId}</span>
                  </>
                ) : null}
                {payment.providerPaymentId && payment.method === 'paypal' ? (
                  <>
                    {' · '}
                    {t('paypalCapture')} <span data-testid="payment-capture">{payment.providerPaymentId}</span>
                  </>
                ) : null}
                {payment.providerPaymentId && payment.method !== 'paypal' ? ` · ${t('paymentId', { id: payment.providerPaymentId })}` : ''}
                {payment.reason ? ` · ${payment.reason}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="report-title" className="space-y-2">
        <h2 id="report-title" className="text-lg font-semibold">{t('report')}</h2>
        {report ? (
          <>
            <p className="text-sm" data-testid="staff-report">
              {t('reportState')}: {t(`reportStates.${report.state}`)} · {t('reportCode')}: {report.code ?? '—'} ·{' '}
              {t('reportAttempts')}: {report.attempts} · {report.message ?? ''}
            </p>
            <div className="grid gap-2 lg:grid-cols-2">
              <Json text={report.request} />
              <Json text={report.response} />
            </div>
          </>
        ) : (
          <p>{t('noReport')}</p>
        )}
      </section>
      <RecoveryLog actions={recovery} locale={locale} title="recoveryOrder" />
      <section aria-labelledby="calls-title" className="space-y-2">
        <h2 id="calls-title" className="text-lg font-semibold">{t('calls')}</h2>
        <ul className="space-y-1 text-sm">
          {calls.map((call) => (
            <li key={call.id} className="font-mono">
              <Link href={`/staff/calls/${call.id}`} className="text-brand-700 underline">
                #{call.id}
              </Link>{' '}
              {formatUtcDateTime(call.at, locale)} {call.endpoint} → {call.httpStatus ?? '—'} / {call.code ?? '—'} {call.message} (
              {formatMilliseconds(call.latencyMs, locale)})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
