'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { CallLogEntry } from '@/lib/call-log/types';
import { formatMilliseconds, formatUtcTime } from '@/lib/i18n/format';
import { staffCallsQuery, type StaffCallsFilter } from '@/lib/query/staff-calls-query';

export function CallLogTable({ filter, initial }: { filter: StaffCallsFilter; initial: CallLogEntry[] }) {
  const t = useTranslations('staff.calls');
  const locale = useLocale();
  const { data = initial, isError } = useQuery({ ...staffCallsQuery(filter), initialData: initial });
  if (data.length === 0) return <p className="rounded-lg bg-white p-4">{t('empty')}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      {isError ? <p className="p-2 text-sm text-red-700">{t('liveFailed')}</p> : null}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('title')}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-2 py-1">#</th>
            <th scope="col" className="px-2 py-1">{t('time')}</th>
            <th scope="col" className="px-2 py-1">{t('endpoint')}</th>
            <th scope="col" className="px-2 py-1">{t('http')}</th>
            <th scope="col" className="px-2 py-1">{t('code')}</th>
            <th scope="col" className="px-2 py-1">{t('message')}</th>
            <th scope="col" className="px-2 py-1">{t('latency')}</th>
            <th scope="col" className="px-2 py-1">{t('order')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((call) => (
            <tr key={call.id} className="border-t border-slate-100" data-testid="call-row">
              <td className="px-2 py-1">
                <Link href={`/staff/calls/${call.id}`} className="text-brand-700 underline" aria-label={t('open', { id: call.id })}>
                  {call.id}
                </Link>
              </td>
              <td className="whitespace-nowrap px-2 py-1 font-mono">
                <time dateTime={call.at}>{formatUtcTime(call.at, locale)}</time>
              </td>
              <td className="px-2 py-1 font-mono">{call.endpoint}</td>
              <td className="px-2 py-1">{call.httpStatus ?? '—'}</td>
              <td className="px-2 py-1 font-semibold" data-testid="call-code">
                {call.code ?? '—'}
              </td>
              <td className="max-w-64 truncate px-2 py-1">{call.message}</td>
              <td className="px-2 py-1">{formatMilliseconds(call.latencyMs, locale)}</td>
              <td className="px-2 py-1 font-mono">
                {call.orderRef ? (
                  <Link href={`/staff/orders/${call.orderRef}`} className="text-brand-700 underline">
                    {call.orderRef.slice(0, 8)}…
                  </Link>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
