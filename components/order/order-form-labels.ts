import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { OrderFormPackage } from '@/components/order/order-form';
import { formatMoney, orderTotalMinor } from '@/lib/money';

/** The order form's texts that need ICU or Intl, as the form first shows them. */
export type OrderFormLabels = {
  quantityHint: string;
  periodsHint: string;
  periodsFixed: string | null;
  /** Per currency: one period's price, and the total for one eSIM over the fewest periods. */
  prices: Record<string, { perPeriod: string; firstTotal: string }>;
};

/**
 * Formatted on the server so that hydrating the form uses no `Intl` in the browser: the first
 * `Intl` object a page makes costs a mid-range phone well over 100 ms of blocked main thread. The
 * browser formats only totals the customer changes to.
 */
export async function orderFormLabels(pkg: OrderFormPackage, maxQuantity: number, locale: string): Promise<OrderFormLabels> {
  const t = await getTranslations('orderForm');
  return {
    quantityHint: t('quantityHint', { max: maxQuantity }),
    periodsHint: t('periodsHint', { length: pkg.periodLength, min: pkg.minPeriods, max: pkg.maxPeriods }),
    periodsFixed: pkg.minPeriods > 1 ? t('periodsFixed', { periods: pkg.minPeriods }) : null,
    prices: Object.fromEntries(
      pkg.prices.map((price) => [
        price.currency,
        {
          perPeriod: formatMoney(price.amountMinor, price.currency, price.digits, locale),
          firstTotal: formatMoney(orderTotalMinor(price.amountMinor, pkg.minPeriods, 1), price.currency, price.digits, locale),
        },
      ]),
    ),
  };
}
