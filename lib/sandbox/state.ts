import { seedAccounts, SANDBOX_ACCOUNT } from '@/lib/sandbox/accounts';
import { buildCatalog, type CatalogSize } from '@/lib/sandbox/catalog';
import { SANDBOX_LIMITS, wholeNumberProblem } from '@/lib/sandbox/limits';
import { FIRST_ORDER_ID } from '@/lib/sandbox/orders';
import { createPayPalStandInState, resetPayPalStandInState } from '@/lib/sandbox/paypal/records';
import { clearScenarios } from '@/lib/sandbox/scenarios';
import type { SandboxState } from '@/lib/sandbox/records';

export type SandboxOptions = {
  /** Varies the informational catalog fields and the `clientId`; same seed, same answers. */
  seed?: string;
  /** Tokens that are always valid (for the seeded account), e.g. a configured access token. */
  acceptedTokens?: string[];
  /** Delay of every answer. */
  latencyMs?: number;
  /** The sandbox's clock (token expiry, order times and numbers, pre-order timeouts). */
  now?: () => Date;
  /** Free eSIM profiles at the start (and after a reset). */
  profilePoolSize?: number;
  /** How long a pre-order waits for its payment report. */
  preOrderTimeoutMinutes?: number;
  /** `large`: 10,000 packages over 200 countries, for benchmarks at scale. */
  catalogSize?: CatalogSize;
};

export const DEFAULT_SEED = 'esim-qr-mall';
export const DEFAULT_PROFILE_POOL_SIZE = 10_000;
/** The documentation names 60 minutes on one page and 10 on another; 60 is the project's pick. */
export const DEFAULT_PREORDER_TIMEOUT_MINUTES = 60;

/** A numeric option within its bounds, else a RangeError naming it: a typo must not start a sandbox silently. */
function checkedOption(name: keyof typeof SANDBOX_LIMITS, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const problem = wholeNumberProblem(name, value, SANDBOX_LIMITS[name]);
  if (problem) throw new RangeError(problem);
  return value;
}

export function createSandboxState(options: SandboxOptions = {}): SandboxState {
  const seed = options.seed ?? DEFAULT_SEED;
  const catalogSize = options.catalogSize ?? 'default';
  const initial = {
    profilePoolSize: checkedOption('profilePoolSize', options.profilePoolSize, DEFAULT_PROFILE_POOL_SIZE),
    preOrderTimeoutMinutes: checkedOption('preOrderTimeoutMinutes', options.preOrderTimeoutMinutes, DEFAULT_PREORDER_TIMEOUT_MINUTES),
  };
  return {
    seed,
    catalogSize,
    latencyMs: Math.max(0, options.latencyMs ?? 0),
    now: options.now ?? (() => new Date()),
    catalog: buildCatalog(seed, catalogSize),
    partnerCodes: new Set([SANDBOX_ACCOUNT.partnerCode]),
    accounts: seedAccounts(),
    tokens: new Map(),
    acceptedTokens: new Set((options.acceptedTokens ?? []).filter((token) => token !== '')),
    orders: new Map(),
    sequences: { nextOrderId: FIRST_ORDER_ID, nextOrderSerial: 1 },
    initial,
    settings: { preOrderTimeoutMinutes: initial.preOrderTimeoutMinutes },
    profilePool: { free: initial.profilePoolSize },
    scenarios: [],
    paypal: createPayPalStandInState(),
  };
}

/**
 * Back to the seed, in place: whoever holds the state (the in-app singleton, a route) sees the
 * reset. Seed, catalog size, clock, latency and accepted tokens are options, so they stay.
 */
export function resetSandboxState(state: SandboxState): void {
  state.catalog = buildCatalog(state.seed, state.catalogSize);
  state.accounts.clear();
  for (const [key, account] of seedAccounts()) state.accounts.set(key, account);
  state.tokens.clear();
  state.orders.clear();
  state.sequences.nextOrderId = FIRST_ORDER_ID;
  state.sequences.nextOrderSerial = 1;
  state.settings.preOrderTimeoutMinutes = state.initial.preOrderTimeoutMinutes;
  state.profilePool.free = state.initial.profilePoolSize;
  clearScenarios(state);
  resetPayPalStandInState(state.paypal);
}
