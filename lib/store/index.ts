import 'server-only';
import { getDatabases } from '@/lib/db';
import type { Sql } from '@/lib/db/sql';
import { createStores, type Stores } from '@/lib/store/stores';

export { createStores, type Stores } from '@/lib/store/stores';
export { isOrderRef, newIdempotencyKey, newOrderRef, type OrderRecord } from '@/lib/store/records';

// Stores hold nothing but their database: one set per database handle (a new one after closeDatabases).
const made = new WeakMap<Sql, Stores>();

/** The shop's stores on its database (lib/db). */
export function getStores(): Stores {
  const { shop } = getDatabases();
  let stores = made.get(shop);
  if (!stores) {
    stores = createStores(shop);
    made.set(shop, stores);
  }
  return stores;
}
