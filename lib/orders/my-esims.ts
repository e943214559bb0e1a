import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import { isTokenRefused } from '@/lib/linksfield/errors';
import type { EsimDetail } from '@/lib/linksfield/types';
import { findOrder } from '@/lib/orders/get-order';
import { loadEsim } from '@/lib/orders/load-esim';
import type { OrderStage } from '@/lib/orders/order-stage';
import { loadStage } from '@/lib/orders/pay-order';
import { endCustomerSession, getSignedInCustomer } from '@/lib/session/customer-session';
import type { OrderRecord } from '@/lib/store/records';
import { getStores } from '@/lib/store';

export type MyOrder = { order: OrderRecord; stage: OrderStage };

/** The signed-in customer's orders, newest first; null when nobody is signed in. */
export async function listMyOrders(): Promise<{ email: string; orders: MyOrder[] } | null> {
  const customer = await getSignedInCustomer();
  if (!customer) return null;
  const stores = getStores();
  const orders = await stores.orders.listByAccount(customer.email);
  return { email: customer.email, orders: await Promise.all(orders.map(async (order) => ({ order, stage: await loadStage(stores, order) }))) };
}

export type MyEsim =
  | { kind: 'sign_in' }
  /** Not the customer's order, or none: the same answer, so nobody learns that another's exists. */
  | { kind: 'not_found' }
  /** The provider refused the customer's token: the session is ended on the server; sign in again. */
  | { kind: 'signed_out' }
  | { kind: 'found'; order: OrderRecord; stage: OrderStage; esim: EsimDetail | null };

/** One eSIM of the signed-in owner, read from the provider with the customer's own token when they placed it. */
export async function readMyEsim(ref: string, locale: Locale): Promise<MyEsim> {
  const customer = await getSignedInCustomer();
  if (!customer) return { kind: 'sign_in' };
  const order = await findOrder(ref);
  if (!order || order.accountEmail !== customer.email) return { kind: 'not_found' };
  const stage = await loadStage(getStores(), order);
  let esim: EsimDetail | null = null;
  if (stage.kind === 'esim_ready') {
    try {
      esim = await loadEsim(order, locale, order.placedWith === 'customer' ? customer.token : undefined);
    } catch (error) {
      // Any other failure leaves `esim` empty and the page says the eSIM is on its way.
      if (isTokenRefused(error)) {
        // A page cannot clear cookies, but the session can end on the server: the cookie left behind opens nothing.
        await endCustomerSession();
        return { kind: 'signed_out' };
      }
    }
  }
  return { kind: 'found', order, stage, esim };
}
