import type { PreOrderInput } from '@/lib/linksfield/types';
import { minorToWireNumber, orderTotalMinor } from '@/lib/money';

/**
 * The pre-order's body, as the documentation's example has it: the one place it is built, for the
 * call itself and for the staff record of a pre-order that got no answer. The total is the
 * server's: price x periods x quantity in the currency's own digits.
 */
export function preOrderBody({ pkg, price, quantity, periods }: PreOrderInput, partnerCode: string) {
  const moneyMinor = orderTotalMinor(price.amountMinor, periods, quantity);
  return {
    moneyMinor,
    body: {
      currency: price.currency,
      currencyId: price.currencyId,
      deviceType: '10',
      discountFlag: 0,
      id: pkg.id,
      money: minorToWireNumber(moneyMinor, price.digits),
      packageCode: pkg.code,
      packageNum: quantity,
      partnerCode,
      periodNum: periods,
    },
  };
}
