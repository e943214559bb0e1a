import { describe, expect, it } from 'vitest';
import { regionName } from '@/lib/catalog/region-name';
import { formatDataVolume } from '@/lib/data-volume';
import {
  formatCount,
  formatList,
  formatMilliseconds,
  formatMinutes,
  formatUtcDateTime,
  formatUtcTime,
  languageName,
} from '@/lib/i18n/format';
import { formatMoney } from '@/lib/money';

const AT = '2026-03-04T05:06:07.089Z';
/** ICU separates some parts with no-break spaces; the tests compare words, not space kinds. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/gu, ' ');

describe('formatting for each language', () => {
  it('money follows the language, in the currency asked for', () => {
    expect(formatMoney(123456, 'HKD', 2, 'en')).toBe('HK$1,234.56');
    expect(formatMoney(123456, 'HKD', 2, 'zh-HK')).toBe('HK$1,234.56');
    expect(formatMoney(500, 'USD', 2, 'zh-HK')).toBe('US$5.00');
    expect(formatMoney(2900, 'CNY', 2, 'zh-CN')).toBe('¥29.00');
    expect(formatMoney(1800, 'JPY', 0, 'zh-HK')).toBe('¥1,800');
  });

  it("data volumes and durations use the language's units", () => {
    expect(plain(formatDataVolume(1536, 'zh-HK'))).toBe('1.5 GB');
    expect(plain(formatMilliseconds(2000, 'en'))).toBe('2,000 ms');
    expect(plain(formatMilliseconds(2000, 'zh-HK'))).toBe('2,000 毫秒');
    expect(plain(formatMinutes(5, 'zh-CN'))).toBe('5分钟');
    expect(plain(formatMinutes(5, 'zh-HK'))).toBe('5 分鐘');
    expect(formatCount(10000, 'zh-HK')).toBe('10,000');
  });

  it("instants are shown in UTC, labelled, in the language's order", () => {
    expect(plain(formatUtcDateTime(AT, 'en'))).toBe('03/04/2026, 05:06:07 UTC');
    expect(plain(formatUtcDateTime(AT, 'zh-HK'))).toBe('04/03/2026 05:06:07 [UTC]');
    expect(formatUtcTime(AT, 'zh-CN')).toBe('05:06:07.089');
    expect(formatUtcDateTime('not a time', 'en')).toBe('not a time');
  });

  it('lists and language names come from Intl', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(formatList(['甲', '乙', '丙'], 'zh-HK')).toBe('甲、乙及丙');
    expect(languageName('zh-HK')).toContain('中文');
  });
});

describe('country names from Intl', () => {
  it('are Hong Kong usage in Traditional Chinese, short forms', () => {
    expect(regionName('HK', 'zh-HK')).toBe('香港');
    expect(regionName('KR', 'zh-HK')).toBe('南韓');
    expect(regionName('AU', 'zh-HK')).toBe('澳洲');
    expect(regionName('jp', 'zh-HK')).toBe('日本');
  });

  it('are nothing for a code that is not a region', () => {
    expect(regionName('', 'zh-HK')).toBeUndefined();
    expect(regionName('XX', 'zh-HK')).toBeUndefined();
    expect(regionName('JPN', 'zh-HK')).toBeUndefined();
  });
});
