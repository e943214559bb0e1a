import { CODES, SandboxError, badParameter } from '@/lib/sandbox/errors';
import { exactly, requiredInt, requiredNumber, requiredString } from '@/lib/sandbox/fields';
import { requirePartner, type HandlerContext, type SandboxRoute } from '@/lib/sandbox/handlers/context';
import { MESSAGES } from '@/lib/sandbox/messages';
import { fromMinorUnits, toMinorUnits } from '@/lib/sandbox/money';
import { settleTimeouts } from '@/lib/sandbox/order-lifecycle';
import { clientIdFor, createOrder } from '@/lib/sandbox/orders';
import { formatProviderTime } from '@/lib/sandbox/time';

export type PreOrderData = {
  amount: number;
  id: number;
  orderNo: string;
  packageName: string;
  orderTime: string;
  periodNum: number;
  currency: string;
  clientId: string;
};

/** The most packages one pre-order may hold. */
export const MAX_PACKAGE_NUM = 100;

function preOrderPackage({ body, state, language, acceptLanguage, account, now }: HandlerContext): PreOrderData {
  if (!account) throw new SandboxError(CODES.tokenInvalid, MESSAGES.tokenInvalid);
  const currency = requiredString(body, 'currency');
  const currencyId = requiredInt(body, 'currencyId');
  exactly(body, 'deviceType', '10');
  exactly(body, 'discountFlag', 0);
  const id = requiredInt(body, 'id');
  const money = requiredNumber(body, 'money');
  const packageCode = requiredString(body, 'packageCode');
  const packageNum = requiredInt(body, 'packageNum', { min: 1, max: MAX_PACKAGE_NUM });
  const partnerCode = requirePartner(body, state);
  const periodNum = requiredInt(body, 'periodNum');

  const item = state.catalog.packageById.get(id);
  if (!item) throw badParameter(MESSAGES.packageMissing);
  if (item.code !== packageCode) throw badParameter(MESSAGES.packageCodeMismatch);
  if (periodNum < item.minPeriod || periodNum > item.maxPeriod) {
    throw badParameter(MESSAGES.outOfRange('periodNum', item.minPeriod, item.maxPeriod));
  }
  const price = item.prices.find((candidate) => candidate.currency.abbr === currency);
  if (!price) throw badParameter(MESSAGES.currencyNotOffered(currency));
  if (price.currency.id !== currencyId) throw badParameter(MESSAGES.currencyIdMismatch);
  const { digits } = price.currency;
  const expectedMinor = price.minor * periodNum * packageNum;
  if (toMinorUnits(money, digits) !== expectedMinor) throw badParameter(MESSAGES.moneyMismatch);

  // Timed-out reservations give their profiles back first, so the pool is what it should be now.
  settleTimeouts(state, now);
  const order = createOrder(
    state,
    {
      packageId: item.id,
      packageCode: item.code,
      packageName: item.showName,
      flowMb: item.flowMb,
      periodDays: item.period,
      currency,
      currencyId,
      digits,
      moneyMinor: expectedMinor,
      packageNum,
      periodNum,
      partnerCode,
      accountEmail: account.email,
      language,
      acceptLanguage,
    },
    now,
  );
  return {
    amount: fromMinorUnits(order.moneyMinor, digits),
    id: order.id,
    orderNo: order.orderNo,
    packageName: item.showName[language],
    orderTime: formatProviderTime(now),
    periodNum,
    currency,
    clientId: clientIdFor(state.seed, partnerCode),
  };
}

/**
 * `/v1.1/package/preOrderPackage`: reserves a profile and creates the order. Token required: the
 * partner account or a customer, who both own what they place. An empty pool does not refuse.
 */
export const preOrderPackageRoute: SandboxRoute = { auth: true, handle: preOrderPackage };
