/** The shop's own view of the provider's data: what leaves `lib/linksfield`, never the wire shapes. */

export type Country = {
  /** Mobile country code: the provider's key for a country. */
  mcc: number;
  /** Name in the language asked for. */
  name: string;
  englishName: string;
  iso2: string;
  continent: string;
};

export type Price = {
  currencyId: number;
  currency: string;
  currencyName: string;
  symbol: string;
  /** Decimal digits of this currency, from the provider. */
  digits: number;
  /** Price of one period in minor units. */
  amountMinor: number;
};

export type EsimPackage = {
  id: number;
  code: string;
  name: string;
  shortDescription: string;
  description: string;
  /** Data volume in MB; null means unlimited. */
  dataMb: number | null;
  periodLength: number;
  periodUnit: string;
  minPeriods: number;
  maxPeriods: number;
  prices: Price[];
  /** MCCs covered. */
  coverage: number[];
};

export type PreOrderInput = {
  pkg: EsimPackage;
  price: Price;
  quantity: number;
  periods: number;
};

export type PreOrder = {
  orderId: number;
  orderNo: string;
  amountMinor: number;
  currency: string;
  packageName: string;
  /** ISO-8601 instant. */
  orderTime: string;
  periods: number;
  clientId: string;
};

/** The exact request and answer bodies, kept by the shop for support; opaque outside this folder. */
export type ExchangeRecord = { request: string; response: string };
