import type { SandboxCatalog } from '@/lib/sandbox/types';

export type Repriced = { ok: true; catalog: SandboxCatalog } | { ok: false; status: 400 | 404; problem: string };

/**
 * The catalog with one price of one package changed (a new catalog: answers already built from the
 * old one stay as they were). Only a currency the package is already sold in can be repriced.
 */
export function repriceCatalog(catalog: SandboxCatalog, packageId: number, currency: string, minor: number): Repriced {
  const item = catalog.packageById.get(packageId);
  if (!item) return { ok: false, status: 404, problem: `packageId: no package ${packageId}` };
  if (!item.prices.some((price) => price.currency.abbr === currency)) {
    const sold = item.prices.map((price) => price.currency.abbr).join(', ');
    return { ok: false, status: 400, problem: `currency: package ${packageId} is not sold in ${currency}; one of ${sold}` };
  }
  const repriced = { ...item, prices: item.prices.map((price) => (price.currency.abbr === currency ? { ...price, minor } : price)) };
  const packages = catalog.packages.map((other) => (other.id === packageId ? repriced : other));
  return { ok: true, catalog: { ...catalog, packages, packageById: new Map(packages.map((other) => [other.id, other])) } };
}
