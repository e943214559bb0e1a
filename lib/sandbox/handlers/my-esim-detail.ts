import { activationCodeFor, iccidFor, matchingIdFor, SMDP_ADDRESS } from '@/lib/sandbox/activation';
import { badParameter } from '@/lib/sandbox/errors';
import { requiredInt } from '@/lib/sandbox/fields';
import type { HandlerContext, SandboxRoute } from '@/lib/sandbox/handlers/context';
import { MESSAGES } from '@/lib/sandbox/messages';
import { visibleOrder } from '@/lib/sandbox/order-access';
import { DAY_MS, formatProviderTime } from '@/lib/sandbox/time';

export type EsimDetailData = {
  orderId: number;
  orderNo: string;
  iccid: string;
  packageName: string;
  qrCode: string;
  smdpAddress: string;
  activationCode: string;
  /** The sandbox never sees a device, so an issued eSIM stays not activated. */
  status: 'NOT_ACTIVE';
  /** MB, -1 = unlimited. */
  packageFlow: number;
  usedFlow: number;
  validFrom: string;
  validTo: string;
};

function myEsimDetail({ body, state, account, language, now }: HandlerContext): EsimDetailData {
  const order = visibleOrder(state, account, requiredInt(body, 'orderId'), now);
  if (order.status !== 'paid' || !order.paidAt) throw badParameter(MESSAGES.esimNotIssued);
  const validFrom = order.paidAt;
  const validTo = new Date(validFrom.getTime() + order.periodDays * order.periodNum * DAY_MS);
  return {
    orderId: order.id,
    orderNo: order.orderNo,
    iccid: iccidFor(state.seed, order.id),
    packageName: order.packageName[language],
    qrCode: activationCodeFor(state.seed, order.id),
    smdpAddress: SMDP_ADDRESS,
    activationCode: matchingIdFor(state.seed, order.id),
    status: 'NOT_ACTIVE',
    packageFlow: order.flowMb,
    usedFlow: 0,
    validFrom: formatProviderTime(validFrom),
    validTo: formatProviderTime(validTo),
  };
}

/** `/v1.1/order/myEsimDetail`: the issued eSIM of a paid order. Token required. */
export const myEsimDetailRoute: SandboxRoute = { auth: true, handle: myEsimDetail };
