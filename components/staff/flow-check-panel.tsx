'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { flowCheckAction, type FlowCheckState } from '@/components/staff/staff-actions';
import { formatMilliseconds } from '@/lib/i18n/format';

const initial: FlowCheckState = {};

export function FlowCheckPanel({ sandbox }: { sandbox: boolean }) {
  const t = useTranslations('staff.flow');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(flowCheckAction, initial);
  const result = state.result;
  return (
    <section aria-labelledby="flow-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="flow-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <form action={formAction} className="space-y-3">
        {sandbox ? null : (
          <div className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{t('uatWarning')}</p>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="confirmUat" value="yes" className="size-5" />
              {t('confirm')}
            </label>
          </div>
        )}
        <button
          type="submit"
          disabled={pending}
          className="min-h-10 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t('running') : t('run')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {state.error ? <p className="text-red-700">{state.error}</p> : null}
        {result ? (
          <p className={`font-semibold ${result.passed ? 'text-green-800' : 'text-red-700'}`} data-testid="flow-result">
            {result.passed ? t('passed') : t('failed')}
          </p>
        ) : null}
      </div>
      {result ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-1 pr-3">{t('step')}</th>
                <th scope="col" className="py-1 pr-3">{t('result')}</th>
                <th scope="col" className="py-1 pr-3">{t('latency')}</th>
                <th scope="col" className="py-1 pr-3">{t('calls')}</th>
                <th scope="col" className="py-1">{t('detail')}</th>
              </tr>
            </thead>
            <tbody>
              {result.steps.map((step) => (
                <tr key={step.name} className="border-b border-slate-100 align-top" data-testid={`flow-step-${step.name}`}>
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {t(`steps.${step.name}`)}
                  </th>
                  <td className={`py-1 pr-3 ${step.status === 'failed' ? 'text-red-700' : step.status === 'passed' ? 'text-green-800' : 'text-slate-600'}`}>
                    {t(`statuses.${step.status}`)}
                  </td>
                  <td className="py-1 pr-3">{formatMilliseconds(step.latencyMs, locale)}</td>
                  <td className="py-1 pr-3">
                    {step.callIds.map((id) => (
                      <Link key={id} href={`/staff/calls/${id}`} className="mr-2 text-brand-700 underline">
                        #{id}
                      </Link>
                    ))}
                  </td>
                  <td className="break-all py-1">{step.detail ? t(`details.${step.detail.key}`, step.detail.values) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
