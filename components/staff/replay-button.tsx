'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { replayAction, type ReplayState } from '@/components/staff/staff-actions';

const initial: ReplayState = {};

export function ReplayButton({ callId }: { callId: number }) {
  const t = useTranslations('staff.calls');
  const [state, formAction, pending] = useActionState(replayAction.bind(null, callId), initial);
  return (
    <form action={formAction} className="space-y-2">
      <button type="submit" disabled={pending} className="min-h-9 rounded-md bg-slate-800 px-3 py-1 font-semibold text-white disabled:opacity-60">
        {t('replay')}
      </button>
      <div role="status" aria-live="polite" className="text-sm">
        {state.error ? <p className="text-red-700">{t('replayFailed', { reason: t(`replayErrors.${state.error}`) })}</p> : null}
        {state.result?.error ? (
          <p className="text-red-700">{t('replayFailed', { reason: t(`replayErrors.${state.result.error}`) })}</p>
        ) : null}
        {state.result?.replayId ? (
          <div className="space-y-1">
            <p className={state.result.same ? 'text-green-800' : 'text-amber-800'}>
              {state.result.same ? t('same') : t('different')}{' '}
              <Link href={`/staff/calls/${state.result.replayId}`} className="underline">
                #{state.result.replayId}
              </Link>
            </p>
            <p className="font-semibold">{t('replayResult')}</p>
            <pre tabIndex={0} className="max-h-64 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">{state.result.answer}</pre>
          </div>
        ) : null}
      </div>
    </form>
  );
}
