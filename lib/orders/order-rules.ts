import 'server-only';
import { getEnv } from '@/lib/env';

/**
 * The order form's bounds, defined once for the form, its schema and the server's check: a quantity
 * from 1 to SHOP_MAX_QUANTITY, and a typed period count no longer than this (the package's own
 * range is checked against the provider's detail afterwards).
 */
export function orderRules(): { minQuantity: number; maxQuantity: number; maxTypedPeriods: number } {
  return { minQuantity: 1, maxQuantity: getEnv().maxQuantity, maxTypedPeriods: 10_000 };
}
