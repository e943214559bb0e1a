import { randomBytes } from 'node:crypto';
import type { Locale } from '@/lib/i18n/locales';
import type { ExchangeRecord, PreOrder } from '@/lib/linksfield/types';

/** One order as the shop keeps it: what the customer chose, what was sent, and what the provider said. */
export type OrderRecord = {
  ref: string;
  createdAt: string;
  locale: Locale;
  email: string;
  packageId: number;
  packageCode: string;
  packageName: string;
  currency: string;
  currencyId: number;
  digits: number;
  quantity: number;
  periods: number;
  moneyMinor: number;
  provider: PreOrder;
  exchange: ExchangeRecord;
};

/** The shop's order storage; SQLite today, PostgreSQL beside it later. */
export interface OrderStore {
  insert(order: OrderRecord): Promise<void>;
  findByRef(ref: string): Promise<OrderRecord | null>;
}

const REF_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** 128 random bits, URL-safe: the order page's key, never the provider's order id. */
export function newOrderRef(): string {
  return randomBytes(16).toString('base64url');
}

export function isOrderRef(value: string): boolean {
  return REF_PATTERN.test(value);
}
