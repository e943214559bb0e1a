'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { awaitsProvider, type OrderStage } from '@/lib/orders/order-stage';
import { orderStatusQuery, statusPollInterval } from '@/lib/query/order-status-query';

/**
 * Polls the order's status through the shop's server (never the provider directly), stops on a
 * final stage and while the tab is hidden, and re-renders the page when the stage changes.
 */
export function OrderStatusPoller({ orderRef, stage }: { orderRef: string; stage: OrderStage }) {
  const t = useTranslations('stage');
  const router = useRouter();
  const unchanged = useRef(0);
  const initialStage = stage.kind;
  const { data, isError, refetch, isFetching } = useQuery({
    ...orderStatusQuery(orderRef),
    // The page has just asked the provider while rendering: the first poll waits one interval.
    initialData: { stage, final: false, upstream: 'ok' as const },
    initialDataUpdatedAt: Date.now,
    staleTime: 1000,
    refetchInterval: (query) => (query.state.data?.final ? false : statusPollInterval(unchanged.current)),
    refetchIntervalInBackground: false,
  });

  const kind = data?.stage.kind;
  useEffect(() => {
    if (!kind) return;
    if (kind !== initialStage) {
      unchanged.current = 0;
      router.refresh();
    } else {
      unchanged.current += 1;
    }
  }, [kind, initialStage, router, data]);

  const slow = isError || data?.upstream === 'unavailable';
  // Polling goes on quietly while nothing is awaited (before a payment, say): no words, no button.
  if (!awaitsProvider(data?.stage ?? stage) && !slow) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
      <p role="status" aria-live="polite">
        {slow ? t('providerSlow') : t('stillChecking')}
      </p>
      <button
        type="button"
        onClick={() => void refetch()}
        disabled={isFetching}
        className="min-h-8 rounded-md border border-slate-400 px-3 py-1 hover:bg-slate-100 disabled:opacity-60"
      >
        {t('checkNow')}
      </button>
    </div>
  );
}
