import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield } from '@/lib/linksfield';
import type { EsimDetail } from '@/lib/linksfield/types';
import { findOrder } from '@/lib/orders/get-order';
import { loadEsim } from '@/lib/orders/load-esim';
import { FINAL_STAGES, type OrderStage } from '@/lib/orders/order-stage';
import type { OrderStatusView } from '@/lib/orders/order-status-view';
import { recoveryDependencies } from '@/lib/orders/recovery';
import { refreshOrderStage, type RefreshOptions } from '@/lib/orders/refresh-order';
import type { OrderRecord } from '@/lib/store/records';
import { getStores } from '@/lib/store';

/** How long the confirmation right after the order form takes the pre-order at its word. */
const TRUST_PRE_ORDER_MS = 30_000;

const refresh = (order: OrderRecord, locale: Locale, options?: RefreshOptions) =>
  refreshOrderStage(order, locale, { stores: getStores(), client: getLinksfield(), settle: recoveryDependencies() }, options);

export type OrderPage = { order: OrderRecord; stage: OrderStage; esim: EsimDetail | null };

/** The order page: the order, where it stands (asking the provider while there is news), and its eSIM once issued. */
export async function readOrderPage(ref: string, locale: Locale): Promise<OrderPage | null> {
  const order = await findOrder(ref);
  if (!order) return null;
  const { stage } = await refresh(order, locale, { trustPreOrderForMs: TRUST_PRE_ORDER_MS });
  const esim = stage.kind === 'esim_ready' ? await loadEsim(order, locale) : null;
  return { order, stage, esim };
}

/** The order page's poller: the stage, refreshed from the provider through the shop's server. */
export async function readOrderStatus(ref: string, locale: Locale): Promise<OrderStatusView | null> {
  const order = await findOrder(ref);
  if (!order) return null;
  const { stage, upstream } = await refresh(order, locale);
  return { stage, final: FINAL_STAGES.has(stage.kind), upstream };
}
