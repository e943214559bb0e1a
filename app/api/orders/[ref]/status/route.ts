import { getPreferences } from '@/lib/catalog/preferences';
import { getLinksfield } from '@/lib/linksfield';
import { findOrder } from '@/lib/orders/get-order';
import { FINAL_STAGES } from '@/lib/orders/order-stage';
import type { OrderStatusView } from '@/lib/orders/order-status-view';
import { recoveryDependencies } from '@/lib/orders/recovery';
import { refreshOrderStage } from '@/lib/orders/refresh-order';
import { getStores } from '@/lib/store';

export const dynamic = 'force-dynamic';

/** The order page's poller: the stage, refreshed from the provider through the shop's server. */
export async function GET(_request: Request, { params }: { params: Promise<{ ref: string }> }): Promise<Response> {
  const order = await findOrder((await params).ref);
  if (!order) return Response.json({ error: 'not found' }, { status: 404 });
  const { locale } = await getPreferences();
  const { stage, upstream } = await refreshOrderStage(order, locale, { stores: getStores(), client: getLinksfield(), settle: recoveryDependencies() });
  const view: OrderStatusView = { stage, final: FINAL_STAGES.has(stage.kind), upstream };
  return Response.json(view, { headers: { 'cache-control': 'no-store' } });
}
