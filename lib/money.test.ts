import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  MoneyError,
  minorToDecimalString,
  minorToWireNumber,
  orderTotalMinor,
  toMinorUnits,
} from '@/lib/money';

describe('toMinorUnits', () => {
  it('converts exactly where floats would drift', () => {
    expect(toMinorUnits(4.99, 2)).toBe(499);
    expect(toMinorUnits(0.29, 2)).toBe(29);
    expect(toMinorUnits(1.005, 2)).toBe(101);
    expect(toMinorUnits('19.9', 2)).toBe(1990);
    expect(toMinorUnits(5, 2)).toBe(500);
  });
  it('handles zero-digit currencies such as JPY', () => {
    expect(toMinorUnits(750, 0)).toBe(750);
    expect(toMinorUnits('750.5', 0)).toBe(751);
  });
  it('rejects what is not a decimal', () => {
    expect(() => toMinorUnits('abc', 2)).toThrow(MoneyError);
    expect(() => toMinorUnits(Number.NaN, 2)).toThrow(MoneyError);
    expect(() => toMinorUnits(1, 9)).toThrow(MoneyError);
  });
});

describe('minor units back to decimals', () => {
  it('pads and places the point by the currency digits', () => {
    expect(minorToDecimalString(5, 2)).toBe('0.05');
    expect(minorToDecimalString(499, 2)).toBe('4.99');
    expect(minorToDecimalString(750, 0)).toBe('750');
    expect(minorToDecimalString(-120, 2)).toBe('-1.20');
    expect(minorToWireNumber(1990, 2)).toBe(19.9);
  });
});

describe('orderTotalMinor', () => {
  it('multiplies price, periods and quantity in integers', () => {
    expect(orderTotalMinor(499, 3, 2)).toBe(2994);
    // 0.1 * 3 in floats is 0.30000000000000004; in minor units it is exact.
    expect(minorToWireNumber(orderTotalMinor(10, 3, 1), 2)).toBe(0.3);
  });
  it('refuses fractions, negatives and overflow', () => {
    expect(() => orderTotalMinor(499, 1.5, 1)).toThrow(MoneyError);
    expect(() => orderTotalMinor(499, 1, -1)).toThrow(MoneyError);
    expect(() => orderTotalMinor(Number.MAX_SAFE_INTEGER, 2, 1)).toThrow(MoneyError);
  });
});

describe('formatMoney', () => {
  it('formats with the currency digits and the locale', () => {
    expect(formatMoney(499, 'USD', 2, 'en-US')).toBe('$4.99');
    expect(formatMoney(75000, 'JPY', 0, 'en-US')).toBe('¥75,000');
    expect(formatMoney(1990, 'CNY', 2, 'zh-CN')).toBe('¥19.90');
  });
  it('falls back to the code for a currency Intl does not know', () => {
    expect(formatMoney(100, 'XX1', 2, 'en-US')).toBe('XX1 1.00');
  });
  it('gives the same text from a remembered formatter, per locale, currency and digits', () => {
    expect([formatMoney(499, 'USD', 2, 'en-US'), formatMoney(123456, 'USD', 2, 'en-US')]).toEqual(['$4.99', '$1,234.56']);
    expect(formatMoney(499, 'USD', 0, 'en-US')).toBe('$499');
    expect(formatMoney(499, 'USD', 2, 'zh-CN')).toBe('US$4.99');
    expect(formatMoney(250, 'XX1', 2, 'en-US')).toBe('XX1 2.50');
  });
});
