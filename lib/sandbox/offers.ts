import type { CurrencyAbbr } from '@/lib/sandbox/currencies';
import type { PlanKey } from '@/lib/sandbox/plans';
import type { PriceTier } from '@/lib/sandbox/pricing';
import type { Localized } from '@/lib/sandbox/types';

/** What is on sale: the seed lists the catalog is built from (ids and codes follow this order). */

const ALL: readonly CurrencyAbbr[] = ['USD', 'EUR', 'GBP', 'HKD', 'CNY', 'SGD', 'JPY'];
const CHINA: readonly CurrencyAbbr[] = ['USD', 'CNY', 'HKD'];
const USD_CNY: readonly CurrencyAbbr[] = ['USD', 'CNY'];
const EUROPE: readonly CurrencyAbbr[] = ['USD', 'EUR', 'GBP', 'CNY'];
const JAPAN: readonly CurrencyAbbr[] = ['USD', 'JPY', 'CNY', 'HKD'];
const SOUTHEAST_ASIA: readonly CurrencyAbbr[] = ['USD', 'SGD', 'CNY'];
const OCEANIA: readonly CurrencyAbbr[] = ['USD', 'CNY', 'HKD', 'SGD'];

export type LocalOffer = {
  readonly iso2: string;
  readonly tier: PriceTier;
  readonly currencies: readonly CurrencyAbbr[];
  readonly plans: readonly PlanKey[];
};

const local = (iso2: string, tier: PriceTier, currencies: readonly CurrencyAbbr[], plans: readonly PlanKey[]): LocalOffer => ({
  iso2,
  tier,
  currencies,
  plans,
});

export const LOCAL_OFFERS: readonly LocalOffer[] = [
  local('CN', 'low', CHINA, ['gb1week', 'gb3', 'gb5', 'gb10', 'unlimitedDay', 'daily500']),
  local('HK', 'low', CHINA, ['gb1week', 'gb3', 'gb5', 'unlimitedDay']),
  local('MO', 'low', CHINA, ['gb1week', 'gb3']),
  local('TW', 'low', CHINA, ['gb1week', 'gb5', 'unlimitedDay']),
  local('JP', 'mid', JAPAN, ['gb1week', 'gb3', 'gb5', 'gb10', 'gb20', 'unlimitedDay', 'daily500']),
  local('KR', 'mid', JAPAN, ['gb1week', 'gb3', 'gb5', 'unlimitedDay']),
  local('SG', 'low', SOUTHEAST_ASIA, ['gb1week', 'gb3', 'gb5', 'gb10']),
  local('MY', 'low', SOUTHEAST_ASIA, ['gb1week', 'gb5', 'unlimitedDay']),
  local('TH', 'low', SOUTHEAST_ASIA, ['gb1week', 'gb3', 'gb5', 'unlimitedDay', 'daily500']),
  local('VN', 'low', SOUTHEAST_ASIA, ['gb1week', 'gb5', 'unlimitedDay']),
  local('ID', 'low', SOUTHEAST_ASIA, ['gb1week', 'gb5']),
  local('PH', 'mid', SOUTHEAST_ASIA, ['gb1week', 'gb5']),
  local('IN', 'mid', USD_CNY, ['gb1week', 'gb5']),
  local('US', 'mid', USD_CNY, ['gb1week', 'gb3', 'gb5', 'gb10', 'gb20', 'unlimitedDay']),
  local('CA', 'mid', USD_CNY, ['gb1week', 'gb5', 'gb10']),
  local('MX', 'mid', USD_CNY, ['gb1week', 'gb5']),
  local('GB', 'mid', EUROPE, ['gb1week', 'gb3', 'gb5', 'gb10', 'unlimitedDay']),
  local('DE', 'mid', EUROPE, ['gb1week', 'gb5', 'gb10']),
  local('FR', 'mid', EUROPE, ['gb1week', 'gb5', 'gb10', 'unlimitedDay']),
  local('IT', 'mid', EUROPE, ['gb1week', 'gb5']),
  local('ES', 'mid', EUROPE, ['gb1week', 'gb5']),
  local('CH', 'high', EUROPE, ['gb1week', 'gb3', 'gb5']),
  local('NL', 'mid', EUROPE, ['gb1week', 'gb5']),
  local('AU', 'mid', OCEANIA, ['gb1week', 'gb3', 'gb5', 'gb10']),
  local('NZ', 'high', USD_CNY, ['gb1week', 'gb5']),
  local('AE', 'high', ['USD', 'EUR', 'CNY'], ['gb1week', 'gb3', 'gb5']),
  local('TR', 'mid', EUROPE, ['gb1week', 'gb5', 'unlimitedDay']),
  local('EG', 'high', USD_CNY, ['gb1week', 'gb3']),
  local('ZA', 'high', USD_CNY, ['gb1week', 'gb3']),
  local('BR', 'high', USD_CNY, ['gb1week', 'gb5']),
];

export type RegionOffer = {
  readonly key: string;
  readonly name: Localized;
  /** ISO2 codes, or 'ALL' for every country of the seed list. */
  readonly cover: readonly string[] | 'ALL';
  readonly tier: PriceTier;
  readonly factor: number;
  readonly currencies: readonly CurrencyAbbr[];
  readonly plans: readonly PlanKey[];
};

/** The 33 countries of the Europe package. */
export const EUROPE_33 = [
  'GB', 'DE', 'FR', 'IT', 'ES', 'PT', 'NL', 'BE', 'LU', 'IE', 'AT', 'CH', 'LI', 'DK', 'SE', 'NO', 'FI',
  'IS', 'PL', 'CZ', 'SK', 'HU', 'SI', 'HR', 'RO', 'BG', 'GR', 'CY', 'MT', 'EE', 'LV', 'LT', 'TR',
] as const;

export const REGION_OFFERS: readonly RegionOffer[] = [
  { key: 'europe', name: { zh: '欧洲33国', en: 'Europe 33' }, cover: EUROPE_33, tier: 'mid', factor: 1.2, currencies: ALL,
    plans: ['gb1week', 'gb3', 'gb5', 'gb10', 'gb20', 'unlimitedDay'] },
  { key: 'asia-pacific', name: { zh: '亚太15国', en: 'Asia-Pacific 15' },
    cover: ['CN', 'HK', 'MO', 'TW', 'JP', 'KR', 'SG', 'MY', 'TH', 'VN', 'ID', 'PH', 'IN', 'AU', 'NZ'],
    tier: 'mid', factor: 1.3, currencies: ALL, plans: ['gb3', 'gb5', 'gb10'] },
  { key: 'southeast-asia', name: { zh: '东南亚9国', en: 'Southeast Asia 9' },
    cover: ['SG', 'MY', 'TH', 'VN', 'ID', 'PH', 'KH', 'LA', 'MM'],
    tier: 'low', factor: 1.2, currencies: SOUTHEAST_ASIA, plans: ['gb1week', 'gb5', 'unlimitedDay'] },
  { key: 'north-america', name: { zh: '北美3国', en: 'North America 3' }, cover: ['US', 'CA', 'MX'],
    tier: 'mid', factor: 1.1, currencies: USD_CNY, plans: ['gb3', 'gb10', 'unlimitedDay'] },
  { key: 'greater-china', name: { zh: '中国大陆+港澳', en: 'China Mainland, Hong Kong & Macao' }, cover: ['CN', 'HK', 'MO'],
    tier: 'low', factor: 1.1, currencies: CHINA, plans: ['gb3', 'gb5', 'unlimitedDay'] },
  { key: 'japan-korea', name: { zh: '日韩', en: 'Japan & South Korea' }, cover: ['JP', 'KR'],
    tier: 'mid', factor: 1.1, currencies: JAPAN, plans: ['gb5', 'gb10'] },
  { key: 'gulf', name: { zh: '中东7国', en: 'Middle East 7' }, cover: ['AE', 'SA', 'QA', 'OM', 'BH', 'KW', 'JO'],
    tier: 'high', factor: 1.1, currencies: ['USD', 'EUR', 'CNY'], plans: ['gb3', 'gb5'] },
  { key: 'latin-america', name: { zh: '拉丁美洲11国', en: 'Latin America 11' },
    cover: ['MX', 'CR', 'PA', 'DO', 'BR', 'AR', 'CL', 'CO', 'PE', 'UY', 'EC'],
    tier: 'high', factor: 1.2, currencies: USD_CNY, plans: ['gb3', 'gb5'] },
  { key: 'africa', name: { zh: '非洲7国', en: 'Africa 7' }, cover: ['EG', 'ZA', 'MA', 'KE', 'NG', 'TZ', 'TN'],
    tier: 'high', factor: 1.3, currencies: USD_CNY, plans: ['gb1week', 'gb3'] },
  { key: 'australia-new-zealand', name: { zh: '澳新', en: 'Australia & New Zealand' }, cover: ['AU', 'NZ'],
    tier: 'mid', factor: 1.1, currencies: OCEANIA, plans: ['gb5', 'gb10'] },
  { key: 'balkans', name: { zh: '巴尔干8国', en: 'Balkans 8' }, cover: ['GR', 'HR', 'SI', 'RS', 'BA', 'ME', 'AL', 'MK'],
    tier: 'mid', factor: 1.1, currencies: EUROPE, plans: ['gb3'] },
];

export const GLOBAL_OFFER: RegionOffer = {
  key: 'global',
  name: { zh: '全球通用', en: 'Global' },
  cover: 'ALL',
  tier: 'high',
  factor: 1.5,
  currencies: ALL,
  plans: ['gb1week', 'gb3', 'gb5', 'gb10'],
};
