import { getTranslations } from 'next-intl/server';
import type { OrderStage } from '@/lib/orders/order-stage';

type StepState = 'done' | 'current' | 'todo' | 'problem';

const PROBLEMS = new Set<OrderStage['kind']>(['cancelled', 'payment_failed', 'timed_out', 'sold_out', 'report_refused']);

function stepStates(kind: OrderStage['kind']): [StepState, StepState, StepState] {
  if (kind === 'esim_ready') return ['done', 'done', 'done'];
  if (kind === 'paid' || kind === 'confirming') return ['done', 'done', 'current'];
  if (PROBLEMS.has(kind)) return ['done', 'problem', 'todo'];
  if (kind === 'payment_declined') return ['done', 'problem', 'todo'];
  return ['done', 'current', 'todo'];
}

const DOT: Record<StepState, string> = {
  done: 'bg-green-700 text-white',
  current: 'bg-brand-600 text-white',
  todo: 'bg-slate-200 text-slate-700',
  problem: 'bg-red-700 text-white',
};
const MARK: Record<StepState, string> = { done: '✓', current: '•', todo: '', problem: '!' };

/** Pre-ordered -> paid -> eSIM ready, with the state of each step spelled out for screen readers. */
export async function OrderTimeline({ stage }: { stage: OrderStage }) {
  const t = await getTranslations('timeline');
  const states = stepStates(stage.kind);
  const steps = [t('preOrdered'), t('paid'), t('esimReady')];
  return (
    <ol aria-label={t('label')} className="grid grid-cols-3 gap-2">
      {steps.map((label, index) => {
        const state = states[index] ?? 'todo';
        return (
          <li
            key={label}
            aria-current={state === 'current' ? 'step' : undefined}
            className="flex flex-col items-center gap-1 text-center text-sm"
          >
            <span aria-hidden="true" className={`flex size-8 items-center justify-center rounded-full font-bold ${DOT[state]}`}>
              {MARK[state]}
            </span>
            <span className="font-medium">{label}</span>
            <span className="sr-only">({t(state === 'problem' ? 'problem' : state)})</span>
          </li>
        );
      })}
    </ol>
  );
}
