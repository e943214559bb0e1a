import { toMinorUnits } from '@/lib/money';
import type { Country, EsimPackage, Price } from '@/lib/linksfield/types';
import type { WireCountry, WirePackage } from '@/lib/linksfield/wire';

export function toCountry(wire: WireCountry): Country {
  return {
    mcc: wire.countryCode,
    name: wire.countryName,
    englishName: wire.isoCountryName || wire.countryName,
    iso2: wire.iso2.toUpperCase(),
    continent: wire.continent,
  };
}

export function toPackage(wire: WirePackage): EsimPackage {
  const prices: Price[] = wire.currencyInfos.map((info) => ({
    currencyId: info.currencyId,
    currency: info.currencyAbbr,
    currencyName: info.currencyName || info.currencyAbbr,
    symbol: info.currencySymbol,
    digits: info.digitsNum,
    amountMinor: toMinorUnits(info.price, info.digitsNum),
  }));
  return {
    id: wire.id,
    code: wire.packageCode,
    name: wire.packageShowName,
    shortDescription: wire.packageShortDesc,
    description: wire.packageDesc,
    // Decision in the API notes: MB, with -1 meaning unlimited.
    dataMb: wire.packageFlow < 0 ? null : wire.packageFlow,
    periodLength: wire.period,
    periodUnit: wire.periodUnit,
    minPeriods: wire.minOrderPeriod,
    maxPeriods: Math.max(wire.minOrderPeriod, wire.maxOrderPeriod),
    prices,
    coverage: wire.coverCountrys,
  };
}
