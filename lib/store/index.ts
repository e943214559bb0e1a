import 'server-only';
import { join } from 'node:path';
import { getEnv } from '@/lib/env';
import type { OrderStore } from '@/lib/store/order-store';
import { lazyPostgresOrderStore } from '@/lib/store/postgres-lazy-order-store';
import { createSqliteOrderStore } from '@/lib/store/sqlite-order-store';

export { isOrderRef, newOrderRef, type OrderRecord, type OrderStore } from '@/lib/store/order-store';

const globalKey = Symbol.for('esim-qr-mall.order-store');
type Holder = { [globalKey]?: OrderStore };

/**
 * The shop's order store, opened once per process: PostgreSQL when DATABASE_URL is set (connected
 * and migrated on first use, so this stays synchronous), else one SQLite file under the data folder.
 */
export function getOrderStore(): OrderStore {
  const holder = globalThis as Holder;
  if (!holder[globalKey]) {
    const env = getEnv();
    holder[globalKey] = env.databaseUrl
      ? lazyPostgresOrderStore(env.databaseUrl)
      : createSqliteOrderStore(join(env.dataDir, 'shop.sqlite'));
  }
  return holder[globalKey];
}
