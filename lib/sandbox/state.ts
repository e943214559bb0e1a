import { seedAccounts, SANDBOX_ACCOUNT, type SandboxAccount } from '@/lib/sandbox/accounts';
import { buildCatalog } from '@/lib/sandbox/catalog';
import { FIRST_ORDER_ID, type SandboxOrder } from '@/lib/sandbox/orders';
import type { IssuedToken } from '@/lib/sandbox/tokens';
import type { SandboxCatalog } from '@/lib/sandbox/types';

export type SandboxOptions = {
  /** Varies the informational catalog fields and the `clientId`; same seed, same answers. */
  seed?: string;
  /** Tokens that are always valid (for the seeded account), e.g. a configured access token. */
  acceptedTokens?: string[];
  /** Delay of every answer. */
  latencyMs?: number;
  /** The sandbox's clock (token expiry, order times and numbers). */
  now?: () => Date;
};

export const DEFAULT_SEED = 'esim-qr-mall';

/** Everything the sandbox remembers. Later endpoints add their own maps here. */
export type SandboxState = {
  readonly seed: string;
  readonly latencyMs: number;
  readonly now: () => Date;
  readonly catalog: SandboxCatalog;
  readonly partnerCodes: ReadonlySet<string>;
  /** Keyed by lower-case e-mail. */
  readonly accounts: Map<string, SandboxAccount>;
  /** Tokens issued by logins. */
  readonly tokens: Map<string, IssuedToken>;
  /** Tokens valid forever, for the seeded account. */
  readonly acceptedTokens: ReadonlySet<string>;
  /** Keyed by order id. */
  readonly orders: Map<number, SandboxOrder>;
  readonly sequences: { nextOrderId: number; nextOrderSerial: number };
};

export function createSandboxState(options: SandboxOptions = {}): SandboxState {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    seed,
    latencyMs: Math.max(0, options.latencyMs ?? 0),
    now: options.now ?? (() => new Date()),
    catalog: buildCatalog(seed),
    partnerCodes: new Set([SANDBOX_ACCOUNT.partnerCode]),
    accounts: seedAccounts(),
    tokens: new Map(),
    acceptedTokens: new Set((options.acceptedTokens ?? []).filter((token) => token !== '')),
    orders: new Map(),
    sequences: { nextOrderId: FIRST_ORDER_ID, nextOrderSerial: 1 },
  };
}
