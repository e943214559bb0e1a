import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageEntries } from '@/lib/i18n/message-keys';
import { locales, type Locale } from '@/lib/i18n/locales';
import type { MessageTree } from '@/lib/i18n/messages';

export { locales, type Locale };

/** Every message file of a language, read from disk: Playwright's ESM loader cannot import JSON. */
function readMessages(locale: Locale): Map<string, string> {
  const dir = join('messages', locale);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  return new Map(files.flatMap((name) => messageEntries(JSON.parse(readFileSync(join(dir, name), 'utf8')) as MessageTree)));
}

const byLocale = Object.fromEntries(locales.map((locale) => [locale, readMessages(locale)])) as Record<Locale, Map<string, string>>;

/** A message's text in a language, as written in the messages file (placeholders left in). */
export function message(locale: Locale, key: string): string {
  const text = byLocale[locale].get(key);
  if (text === undefined) throw new Error(`no message ${key} in ${locale}`);
  return text;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matches a message in any of the shop's languages, so a helper works whatever the page's language.
 * A message with a placeholder matches by the text before it (`Pay {amount}` gives /^(Pay |付款 )/).
 */
export function inAnyLanguage(key: string): RegExp {
  const texts = locales.map((locale) => message(locale, key));
  const parts = texts.map((text) => {
    const open = text.indexOf('{');
    return open === -1 ? `${escape(text)}$` : escape(text.slice(0, open));
  });
  return new RegExp(`^(${[...new Set(parts)].join('|')})`);
}

/** Matches a name that starts with a message (without placeholders) in any language and a space: "Order Japan 1GB". */
export function startingWithAnyLanguage(key: string): RegExp {
  return new RegExp(`^(${[...new Set(locales.map((locale) => escape(message(locale, key))))].join('|')}) `);
}

/** Matches text that contains a message (without placeholders) in any of the shop's languages, e.g. an alert's title. */
export function containingAnyLanguage(key: string): RegExp {
  return new RegExp([...new Set(locales.map((locale) => escape(message(locale, key))))].join('|'));
}

/** Every message key, with its namespace: what next-intl would show in place of a missing text. */
export const MESSAGE_KEYS = [...byLocale.en.keys()];
