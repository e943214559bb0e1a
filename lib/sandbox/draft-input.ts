import type { CurrencyAbbr } from '@/lib/sandbox/currencies';
import type { PlanTemplate } from '@/lib/sandbox/plans';
import type { Localized, PackageKind, SandboxCountry } from '@/lib/sandbox/types';

/** What one package of the catalog is made from: the seeded catalog's and the large catalog's alike. */
export type DraftInput = {
  kind: PackageKind;
  area: Localized;
  countries: readonly SandboxCountry[];
  plan: PlanTemplate;
  usdCents: number;
  currencies: readonly CurrencyAbbr[];
  logo: string;
};
