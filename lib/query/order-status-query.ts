import { queryOptions } from '@tanstack/react-query';
import type { OrderStatusView } from '@/lib/orders/order-status-view';

/** About every 2 s as the provider asks, slowing down while nothing changes, up to 15 s. */
export function statusPollInterval(unchangedPolls: number): number {
  return Math.min(2000 * 1.5 ** Math.max(0, unchangedPolls - 5), 15_000);
}

export function orderStatusQuery(ref: string) {
  return queryOptions({
    queryKey: ['order-status', ref],
    queryFn: async ({ signal }): Promise<OrderStatusView> => {
      const response = await fetch(`/api/orders/${encodeURIComponent(ref)}/status`, { signal, cache: 'no-store' });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return (await response.json()) as OrderStatusView;
    },
    retry: 3,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 10_000),
  });
}
