import type { CurrencySeed } from '@/lib/sandbox/currencies';
import type { PlanTemplate } from '@/lib/sandbox/plans';

/** How expensive data is where a package works. */
export type PriceTier = 'low' | 'mid' | 'high';

const centsPerGb: Record<PriceTier, number> = { low: 150, mid: 250, high: 400 };
const unlimitedCentsPerDay: Record<PriceTier, number> = { low: 299, mid: 499, high: 699 };
const volumeDiscount: Record<number, number> = { 500: 1.2, 1024: 1, 3072: 0.9, 5120: 0.8, 10240: 0.65, 20480: 0.55 };

function validityFactor(days: number): number {
  if (days <= 7) return 1;
  return days <= 15 ? 1.05 : 1.1;
}

/** Rounds up to a multiple of `step`, then takes `charm` off (4.99, 12.49, 36, 750 yen ...). */
function charmRound(numerator: number, denominator: number, step: number, charm: number): number {
  const units = Math.ceil(numerator / (denominator * step));
  return Math.max(step - charm, units * step - charm);
}

/** The US-cent price of one period of a plan. `factor` scales regional and global packages. */
export function usdCentsFor(plan: PlanTemplate, tier: PriceTier, factor: number): number {
  let raw: number;
  if (plan.flowMb < 0) {
    raw = unlimitedCentsPerDay[tier] * plan.period * (plan.period > 1 ? 0.8 : 1);
  } else {
    const gb = plan.flowMb / 1024;
    const base = plan.period <= 1 ? 50 : 150;
    raw = base + centsPerGb[tier] * gb * (volumeDiscount[plan.flowMb] ?? 1) * validityFactor(plan.period);
  }
  return charmRound(Math.round(raw * factor), 1, 50, 1);
}

/** The same price in another currency's minor units, rounded up to that currency's price points. Integer maths only. */
export function convertUsdCents(usdCents: number, currency: CurrencySeed): number {
  if (currency.abbr === 'USD') return usdCents;
  const ratePer10k = Math.round(currency.perUsd * 10_000);
  return charmRound(usdCents * ratePer10k * 10 ** currency.digits, 100 * 10_000, currency.step, currency.charm);
}
