import 'server-only';
import { getStores, isOrderRef, type OrderRecord } from '@/lib/store';

/** An order by its page reference; anything malformed or unknown is simply not found. */
export async function findOrder(ref: string): Promise<OrderRecord | null> {
  if (!isOrderRef(ref)) return null;
  return getStores().orders.findByRef(ref);
}
