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

/** Payment status as the provider reports it: 0 waiting, 1 paid (QR issued), 2 payment failed, 3 cancelled. */
export type ProviderPayStatus = 'waiting' | 'paid' | 'failed' | 'cancelled';

export type OrderStatus = {
  payStatus: ProviderPayStatus;
  /** The LPA activation code, present once paid. */
  activationCode: string | null;
};

/** The installed-eSIM view of an order, from `/v1.1/order/myEsimDetail`. */
export type EsimDetail = {
  orderId: number;
  orderNo: string | null;
  iccid: string | null;
  packageName: string | null;
  /** The LPA activation code (`LPA:1$<SM-DP+>$<matching id>`): a secret. */
  activationCode: string;
  smdpAddress: string | null;
  matchingId: string | null;
  status: string | null;
  /** MB; null = unlimited or unknown. */
  dataMb: number | null;
  usedMb: number | null;
  validFrom: string | null;
  validTo: string | null;
};
