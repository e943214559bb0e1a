import type { ProviderMode } from '../support/pages';

/** What the run may do to the provider, and the words it says so with. */
export type OrderDecision = { allowed: boolean; reason: string };

/**
 * Orders only on purpose: on the built-in sandbox nothing real happens, anywhere else a pre-order
 * reserves an eSIM at the provider and a payment may move money. A target whose mode is unknown (no
 * staff password, so the environment panel cannot be read) counts as real.
 */
export function decideOrders(mode: ProviderMode | 'unknown', allowOrders: boolean, baseUrl: string): OrderDecision {
  if (mode === 'sandbox') return { allowed: true, reason: `${baseUrl} runs on its built-in sandbox: the order is not real.` };
  const target = mode === 'upstream' ? `${baseUrl} talks to a real provider` : `${baseUrl} may talk to a real provider (no staff access to tell)`;
  return allowOrders
    ? { allowed: true, reason: `${target}; SMOKE_ALLOW_ORDERS=1: the run places a real pre-order and pays it.` }
    : { allowed: false, reason: `Refusing to place an order: ${target}. Set SMOKE_ALLOW_ORDERS=1 to pre-order and pay on purpose.` };
}
