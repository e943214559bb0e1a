/** Bounds of the sandbox's numeric settings, shared by the options, the controls and the env parser. */
export type Bounds = { readonly min: number; readonly max: number };

export const SANDBOX_LIMITS = {
  /** Free eSIM profiles; 0 empties the pool. */
  profilePoolSize: { min: 0, max: 1_000_000 },
  /** 0 times an order out as soon as the clock moves; a week is far beyond any real payment. */
  preOrderTimeoutMinutes: { min: 0, max: 7 * 24 * 60 },
  /** How many calls one `forceCode`, `forceTimeout`, `forceMalformed` or counted `addLatency` may take over. */
  forceCount: { min: 1, max: 10_000 },
  /** One `addLatency`: a minute is far beyond any client timeout the shop would use. */
  latencyMs: { min: 0, max: 60_000 },
  /** A price per period in minor units (`setPrice`): from one cent to ten million of a two-digit currency. */
  priceMinor: { min: 1, max: 1_000_000_000 },
} as const satisfies Record<string, Bounds>;

/**
 * How long a `forceTimeout` call is held before it gives up with a gateway 504: longer than any
 * sane client timeout, so the client always gives up first. A disconnect ends the hold at once.
 */
export const SANDBOX_HOLD_MS = 120_000;

/** Why `value` is not a whole number within `bounds` (naming `name`), or undefined when it is. */
export function wholeNumberProblem(name: string, value: unknown, bounds: Bounds): string | undefined {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return `${name} must be a whole number`;
  if (value < bounds.min || value > bounds.max) return `${name} must be between ${bounds.min} and ${bounds.max}`;
  return undefined;
}
