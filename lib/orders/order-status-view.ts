import type { OrderStage } from '@/lib/orders/order-stage';

/** What the status endpoint tells the order page's poller. */
export type OrderStatusView = {
  stage: OrderStage;
  final: boolean;
  upstream: 'ok' | 'unavailable' | 'skipped';
};
