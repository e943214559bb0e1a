import 'server-only';
import { join } from 'node:path';
import { getEnv } from '@/lib/env';
import type { OrderStore } from '@/lib/store/order-store';
import { createSqliteOrderStore } from '@/lib/store/sqlite-order-store';

export { isOrderRef, newOrderRef, type OrderRecord, type OrderStore } from '@/lib/store/order-store';

const globalKey = Symbol.for('esim-qr-mall.order-store');
type Holder = { [globalKey]?: OrderStore };

/** The shop's order store: one SQLite file under the data folder, opened once per process. */
export function getOrderStore(): OrderStore {
  const holder = globalThis as Holder;
  holder[globalKey] ??= createSqliteOrderStore(join(getEnv().dataDir, 'shop.sqlite'));
  return holder[globalKey];
}
