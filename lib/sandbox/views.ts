import { fromMinorUnits } from '@/lib/sandbox/money';
import type { Language, SandboxCountry, SandboxPackage, SandboxPrice } from '@/lib/sandbox/types';

/** Wire shapes of the catalog answers, in the request's language. */

export type CountryView = {
  countryCode: number;
  countryName: string;
  isoCountryName: string;
  iso2: string;
  continent: string;
};

export type CurrencyInfoView = {
  currencyId: number;
  currencyAbbr: string;
  currencyName: string;
  currencySymbol: string;
  digitsNum: string;
  price: number;
  unit: string;
};

export type PackageView = {
  id: number;
  packageCode: string;
  packageShowName: string;
  packageShortDesc: string;
  packageDesc: string;
  packageFlow: number;
  period: number;
  periodUnit: 'DAY';
  minOrderPeriod: number;
  maxOrderPeriod: number;
  currencyInfos: CurrencyInfoView[];
  coverCountrys: number[];
  logo: string;
  packageType: number;
  priceType: number;
  buyType: number;
  saleCount: number;
  updateTime: string;
};

export function countryView(country: SandboxCountry, language: Language): CountryView {
  return {
    countryCode: country.mcc,
    countryName: country.name[language],
    isoCountryName: country.isoName,
    iso2: country.iso2,
    continent: country.continent,
  };
}

function currencyInfoView({ currency, minor }: SandboxPrice, language: Language): CurrencyInfoView {
  return {
    currencyId: currency.id,
    currencyAbbr: currency.abbr,
    currencyName: currency.name[language],
    currencySymbol: currency.symbol,
    digitsNum: String(currency.digits),
    price: fromMinorUnits(minor, currency.digits),
    unit: currency.unit[language],
  };
}

export function packageView(item: SandboxPackage, language: Language): PackageView {
  return {
    id: item.id,
    packageCode: item.code,
    packageShowName: item.showName[language],
    packageShortDesc: item.shortDesc[language],
    packageDesc: item.desc[language],
    packageFlow: item.flowMb,
    period: item.period,
    periodUnit: 'DAY',
    minOrderPeriod: item.minPeriod,
    maxOrderPeriod: item.maxPeriod,
    currencyInfos: item.prices.map((price) => currencyInfoView(price, language)),
    coverCountrys: [...item.cover],
    logo: item.logo,
    packageType: item.packageType,
    priceType: item.priceType,
    buyType: item.buyType,
    saleCount: item.saleCount,
    updateTime: item.updateTime,
  };
}
