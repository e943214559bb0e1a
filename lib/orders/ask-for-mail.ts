import 'server-only';
import { loadStage } from '@/lib/orders/pay-order';
import { checkRateLimit } from '@/lib/rate-limit/rate-limit';
import { requestClient } from '@/lib/rate-limit';
import { getStores } from '@/lib/store';
import type { Stores } from '@/lib/store/stores';

/** A customer may ask for the same message again once in this long (the outbox keeps count). */
export const ASK_AGAIN_GAP_MS = 10 * 60_000;

// One link e-mail per order a minute, however often it is asked for.
const ORDER_LINK_GAP_MS = 60_000;

// Per client address, per minute: the gap above limits each order; this limits a script trying many.
const PER_CLIENT_PER_MINUTE = 10;

export type AskOutcome = { kind: 'queued' } | { kind: 'not_ready' } | { kind: 'not_found' } | { kind: 'limited'; retryAfterSeconds: number };

async function limitClient(stores: Pick<Stores, 'rateLimits'>, name: string) {
  return checkRateLimit(stores, { name, perClient: PER_CLIENT_PER_MINUTE, perAccount: PER_CLIENT_PER_MINUTE }, { client: await requestClient() });
}

/** "E-mail my eSIM again", from the order page (its unguessable reference is the proof): one more, then a pause. */
export async function resendEsim(ref: string): Promise<AskOutcome> {
  const stores = getStores();
  const order = await stores.orders.findByRef(ref);
  if (!order) return { kind: 'not_found' };
  if ((await loadStage(stores, order)).kind !== 'esim_ready') return { kind: 'not_ready' };
  const client = await limitClient(stores, 'resendEsim');
  if (!client.allowed) return { kind: 'limited', retryAfterSeconds: client.retryAfterSeconds };
  const asked = await stores.outbox.requestAgain('esim_ready', ref, new Date(), ASK_AGAIN_GAP_MS);
  return asked.queued ? { kind: 'queued' } : { kind: 'limited', retryAfterSeconds: asked.retryAfterSeconds };
}

/**
 * "Find my order": when the order number and the e-mail address match an order, its link is e-mailed
 * to that address (never shown: order numbers can be guessed). The caller answers the same words
 * whatever happened, so the answer tells nothing about which orders exist; only a client over its
 * limit hears so.
 */
export async function emailOrderLink(orderNo: string, email: string): Promise<{ kind: 'answered' } | { kind: 'limited'; retryAfterSeconds: number }> {
  const stores = getStores();
  const client = await limitClient(stores, 'findOrder');
  if (!client.allowed) return { kind: 'limited', retryAfterSeconds: client.retryAfterSeconds };
  // Per typed address too: a stranger can spend it, but only to hold back more links to that inbox.
  const perAddress = await checkRateLimit(stores, { name: 'findOrderAddress', perClient: 3, perAccount: 3 }, { client: email.toLowerCase() });
  if (!perAddress.allowed) return { kind: 'answered' };
  const order = await stores.orders.findByOrderNo(orderNo);
  if (order && order.email.toLowerCase() === email.toLowerCase()) {
    await stores.outbox.requestAgain('order_link', order.ref, new Date(), ORDER_LINK_GAP_MS);
  }
  return { kind: 'answered' };
}
