import { activationCodeFor } from '@/lib/sandbox/activation';
import { requiredInt } from '@/lib/sandbox/fields';
import type { HandlerContext, SandboxRoute } from '@/lib/sandbox/handlers/context';
import { visibleOrder } from '@/lib/sandbox/order-access';
import { ORDER_PAY_STATUS } from '@/lib/sandbox/orders';
import type { OrderPayStatus } from '@/lib/sandbox/records';

export type OrderStatusData = { orderPayStatus: OrderPayStatus; qrCode?: string };

function queryOrdStatusAndEmail({ body, state, account, now }: HandlerContext): OrderStatusData {
  const order = visibleOrder(state, account, requiredInt(body, 'orderId'), now);
  const orderPayStatus = ORDER_PAY_STATUS[order.status];
  // The QR is the activation code: only a paid order carries it, other answers leave the key out.
  return orderPayStatus === 1 ? { orderPayStatus, qrCode: activationCodeFor(state.seed, order.id) } : { orderPayStatus };
}

/** `/package/queryOrdStatusAndEmail`: the payment status, with the QR code once paid. Token required. */
export const queryOrderStatusRoute: SandboxRoute = { auth: true, handle: queryOrdStatusAndEmail };
