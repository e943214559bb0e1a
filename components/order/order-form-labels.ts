import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { OrderFormLabels, OrderFormPackage } from '@/components/order/order-form-state';
import { currencyName } from '@/lib/i18n/currency-name';
import { formatMoney, orderTotalMinor } from '@/lib/money';

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
          // In the page's language; the provider's own name (English or Simplified only) otherwise.
          name: currencyName(price.currency, locale) ?? price.currencyName,
          perPeriod: formatMoney(price.amountMinor, price.currency, price.digits, locale),
          firstTotal: formatMoney(orderTotalMinor(price.amountMinor, pkg.minPeriods, 1), price.currency, price.digits, locale),
        },
      ]),
    ),
  };
}
