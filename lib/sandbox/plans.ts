/** The shapes of the sandbox's packages: volume, days per period and the allowed period counts. */
export type PlanTemplate = {
  /** MB, -1 = unlimited. */
  readonly flowMb: number;
  readonly period: number;
  readonly minPeriod: number;
  readonly maxPeriod: number;
};

export const PLANS = {
  /** 500 MB per day, bought for 1 to 10 days. */
  daily500: { flowMb: 500, period: 1, minPeriod: 1, maxPeriod: 10 },
  gb1week: { flowMb: 1024, period: 7, minPeriod: 1, maxPeriod: 1 },
  gb3: { flowMb: 3072, period: 15, minPeriod: 1, maxPeriod: 1 },
  gb5: { flowMb: 5120, period: 30, minPeriod: 1, maxPeriod: 1 },
  gb10: { flowMb: 10240, period: 30, minPeriod: 1, maxPeriod: 1 },
  gb20: { flowMb: 20480, period: 30, minPeriod: 1, maxPeriod: 1 },
  /** Unlimited day pass, bought for 1 to 30 days. */
  unlimitedDay: { flowMb: -1, period: 1, minPeriod: 1, maxPeriod: 30 },
} as const satisfies Record<string, PlanTemplate>;

export type PlanKey = keyof typeof PLANS;
