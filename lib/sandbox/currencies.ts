import type { SandboxCurrency } from '@/lib/sandbox/types';

export type CurrencySeed = SandboxCurrency & {
  /** Units of this currency per US dollar. */
  readonly perUsd: number;
  /** Prices are rounded up to a multiple of `step` minor units, then `charm` minor units are taken off. */
  readonly step: number;
  readonly charm: number;
};

const seed = (currency: CurrencySeed): CurrencySeed => currency;

/** The currencies of the sandbox. Only `USD` = 2 is known from the real provider; the other ids are sandbox picks. */
export const SANDBOX_CURRENCIES = {
  CNY: seed({ id: 1, abbr: 'CNY', name: { zh: '人民币', en: 'Chinese Yuan' }, symbol: '¥', digits: 2, unit: { zh: '元', en: 'yuan' }, perUsd: 7.2, step: 100, charm: 0 }),
  USD: seed({ id: 2, abbr: 'USD', name: { zh: '美元', en: 'US Dollar' }, symbol: '$', digits: 2, unit: { zh: '美元', en: 'dollar' }, perUsd: 1, step: 1, charm: 0 }),
  EUR: seed({ id: 3, abbr: 'EUR', name: { zh: '欧元', en: 'Euro' }, symbol: '€', digits: 2, unit: { zh: '欧元', en: 'euro' }, perUsd: 0.92, step: 50, charm: 1 }),
  GBP: seed({ id: 4, abbr: 'GBP', name: { zh: '英镑', en: 'British Pound' }, symbol: '£', digits: 2, unit: { zh: '英镑', en: 'pound' }, perUsd: 0.79, step: 50, charm: 1 }),
  HKD: seed({ id: 5, abbr: 'HKD', name: { zh: '港币', en: 'Hong Kong Dollar' }, symbol: 'HK$', digits: 2, unit: { zh: '港元', en: 'dollar' }, perUsd: 7.8, step: 100, charm: 1 }),
  JPY: seed({ id: 6, abbr: 'JPY', name: { zh: '日元', en: 'Japanese Yen' }, symbol: '¥', digits: 0, unit: { zh: '日元', en: 'yen' }, perUsd: 150, step: 10, charm: 0 }),
  SGD: seed({ id: 7, abbr: 'SGD', name: { zh: '新加坡元', en: 'Singapore Dollar' }, symbol: 'S$', digits: 2, unit: { zh: '新加坡元', en: 'dollar' }, perUsd: 1.35, step: 50, charm: 1 }),
} as const;

export type CurrencyAbbr = keyof typeof SANDBOX_CURRENCIES;
