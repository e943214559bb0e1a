import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { messageEntries, messageKeys } from '@/lib/i18n/message-keys';
import { defaultLocale, locales } from '@/lib/i18n/locales';
import { messageFilesByLocale, messagesByLocale } from '@/lib/i18n/messages';

/**
 * What a translation must keep from the original: its arguments (with their type), its rich-text
 * tags and its `select` choices. Plural categories may differ: Chinese has only `other`.
 */
function signature(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        into.add(`{${element.value}}`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`{${element.value}, ${TYPE[element.type]}}`);
        break;
      case TYPE.select:
        into.add(`{${element.value}, select: ${Object.keys(element.options).sort().join(' ')}}`);
        for (const option of Object.values(element.options)) signature(option.value, into);
        break;
      case TYPE.plural:
        // `# day` in English may be `{length} 日` in Chinese: both use the same argument.
        into.add(`{${element.value}}`);
        for (const option of Object.values(element.options)) signature(option.value, into);
        break;
      case TYPE.tag:
        into.add(`<${element.value}>`);
        signature(element.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

const signatureOf = (text: string) => [...signature(parse(text))].sort();

const otherLocales = locales.filter((locale) => locale !== defaultLocale);
const reference = messageFilesByLocale[defaultLocale];

describe('messages of every language', () => {
  it('are in the same files', () => {
    for (const locale of otherLocales) {
      expect(Object.keys(messageFilesByLocale[locale]).sort(), locale).toEqual(Object.keys(reference).sort());
    }
  });

  it.each(otherLocales)('%s has exactly the keys of every file, nested the same way', (locale) => {
    for (const [file, tree] of Object.entries(reference)) {
      const theirs = messageFilesByLocale[locale][file];
      expect(theirs, `${locale}/${file}.json`).toBeDefined();
      expect(messageKeys(theirs!).sort(), `${locale}/${file}.json`).toEqual(messageKeys(tree).sort());
    }
  });

  it('no file repeats a namespace of another file (one would silently replace the other)', () => {
    for (const locale of locales) {
      const namespaces = Object.values(messageFilesByLocale[locale]).flatMap((tree) => Object.keys(tree));
      expect(namespaces.length, locale).toBe(new Set(namespaces).size);
    }
  });

  it.each(locales)('%s has no empty or blank message', (locale) => {
    const blank = messageEntries(messagesByLocale[locale]).filter(([, text]) => text.trim() === '');
    expect(blank).toEqual([]);
  });

  it.each(locales)('%s messages are valid ICU and keep the arguments, tags and choices of English', (locale) => {
    const english = new Map(messageEntries(messagesByLocale[defaultLocale]));
    const differences = messageEntries(messagesByLocale[locale]).flatMap(([key, text]) => {
      const ours = signatureOf(text);
      const theirs = signatureOf(english.get(key) ?? '');
      return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [{ key, ours, theirs }];
    });
    expect(differences).toEqual([]);
  });
});

/** Names and technical terms every language writes the same way; anything else equal to English is untranslated. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'header.brand',
  'esim.iccid',
  'esim.guide.iphone',
  'esim.guide.android',
  'staff.flow.steps.webhook',
  'staff.flow.steps.paypal',
  'staff.orders.paymentMethods.paypal',
  'staff.calls.http',
  'staff.calls.language',
  'staff.calls.url',
]);

describe('translations', () => {
  it.each(otherLocales)('%s leaves no English text untranslated', (locale) => {
    const english = new Map(messageEntries(messagesByLocale[defaultLocale]));
    const untranslated = messageEntries(messagesByLocale[locale]).filter(
      ([key, text]) => english.get(key) === text && !SAME_IN_EVERY_LANGUAGE.has(key) && !key.startsWith('languageSwitch.'),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('the Hong Kong messages', () => {
  // Language names are written in their own script on purpose (简体中文 in every language).
  const hongKong = messageEntries(messagesByLocale['zh-HK']).filter(([key]) => !key.startsWith('languageSwitch.'));

  it('are in Traditional characters, not Simplified ones copied over', () => {
    // Characters that exist only in the Simplified script.
    const simplifiedOnly = /[们个这为请页码设网数据订单账户务应语览选择输录额币资实国报详间还没复过发现会时钟]/u;
    expect(hongKong.filter(([, text]) => simplifiedOnly.test(text))).toEqual([]);
  });

  it('use Hong Kong words rather than mainland or Taiwan ones', () => {
    // 登錄, 郵箱, 信息, 設置, 二維碼, 賬戶, 用戶名, 默認 and 套餐 (a data plan) are mainland usage, 網路
    // and 軟體 Taiwan's; Hong Kong says 登入, 電郵, 資料 or 訊息, 設定, QR Code, 帳戶, 預設, 計劃, 網絡, 軟件.
    const notHongKong = /登錄|郵箱|信息|設置|二維碼|賬戶|網路|軟體|套餐|用戶名|默認/u;
    expect(hongKong.filter(([, text]) => notHongKong.test(text))).toEqual([]);
  });
});
