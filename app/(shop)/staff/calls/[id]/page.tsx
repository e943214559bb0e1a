import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CopyButton } from '@/components/order/copy-button';
import { ReplayButton } from '@/components/staff/replay-button';
import { getCallLogStore } from '@/lib/call-log';
import { toCurl } from '@/lib/call-log/curl';
import { prettyJson } from '@/lib/call-log/json-text';
import { formatMilliseconds, formatUtcDateTime } from '@/lib/i18n/format';
import { REPLAYABLE_ENDPOINTS, requireStaffPage } from '@/lib/staff';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export default async function StaffCallPage({ params }: Props) {
  await requireStaffPage();
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  const call = await getCallLogStore().get(Number(id));
  if (!call) notFound();
  const [t, locale] = await Promise.all([getTranslations('staff.calls'), getLocale()]);
  const curl = toCurl(call);
  const rows: [string, string][] = [
    [t('time'), formatUtcDateTime(call.at, locale)],
    [t('url'), call.url],
    [t('http'), String(call.httpStatus ?? '—')],
    [t('code'), String(call.code ?? '—')],
    [t('message'), call.message],
    [t('latency'), formatMilliseconds(call.latencyMs, locale)],
    [t('language'), call.acceptLanguage],
    [t('authenticated'), call.authenticated ? t('yes') : t('no')],
  ];
  return (
    <div className="space-y-4">
      <Link href="/staff/calls" className="text-sm text-brand-700 underline">
        ← {t('back')}
      </Link>
      <h1 className="break-all text-2xl font-bold">
        #{call.id} <span className="font-mono">{call.endpoint}</span>
      </h1>
      <dl className="grid gap-x-4 gap-y-1 rounded-lg bg-white p-4 sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="break-all font-mono text-sm">{value}</dd>
          </div>
        ))}
        {call.orderRef ? (
          <div className="contents">
            <dt className="text-sm text-slate-600">{t('order')}</dt>
            <dd>
              <Link href={`/staff/orders/${call.orderRef}`} className="font-mono text-sm text-brand-700 underline">
                {call.orderRef}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="request-title" className="space-y-1">
        <h2 id="request-title" className="font-semibold">{t('request')}</h2>
        <pre tabIndex={0} className="max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100" data-testid="call-request">
          {prettyJson(call.requestBody) ?? call.requestBody}
        </pre>
      </section>
      <section aria-labelledby="response-title" className="space-y-1">
        <h2 id="response-title" className="font-semibold">{t('response')}</h2>
        <pre tabIndex={0} className="max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100" data-testid="call-response">
          {call.responseBody === null ? t('noResponse') : (prettyJson(call.responseBody) ?? call.responseBody)}
        </pre>
      </section>
      <section aria-labelledby="curl-title" className="space-y-1">
        <h2 id="curl-title" className="font-semibold">{t('curlLabel')}</h2>
        <pre tabIndex={0} className="overflow-auto rounded bg-slate-100 p-3 text-xs" data-testid="call-curl">{curl}</pre>
        <CopyButton value={curl} label="curl" buttonText={t('curl')} />
      </section>
      {REPLAYABLE_ENDPOINTS.has(call.endpoint) ? (
        <ReplayButton callId={call.id} />
      ) : (
        <p className="text-sm text-slate-600">{t('replayOnlyReads')}</p>
      )}
    </div>
  );
}
