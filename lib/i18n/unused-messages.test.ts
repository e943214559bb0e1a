import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeys } from '@/lib/i18n/message-keys';
import { defaultLocale, locales } from '@/lib/i18n/locales';
import { messagesByLocale } from '@/lib/i18n/messages';
import { STAGE_KINDS } from '@/lib/orders/order-stage';

/** Where messages are used: every route, component and library file except tests. */
const SOURCE_DIRS = ['app', 'components', 'lib'];

type SourceFile = {
  path: string;
  /** Namespaces of the translators made in the file; '' for a root translator. */
  namespaces: string[];
  /** Every quoted string in the file. */
  literals: Set<string>;
  /** The fixed start of every template string with a placeholder: `statusLabels.${kind}` gives `statusLabels.`. */
  prefixes: string[];
};

function read(path: string): SourceFile {
  const text = readFileSync(path, 'utf8');
  const calls = [...text.matchAll(/(?:getTranslations|useTranslations)\(\s*(\{[^}]*\}|'[^']*'|"[^"]*")?\s*\)/g)];
  const namespaces = calls.map(([, argument]) => (argument ? (/['"]([^'"]*)['"]/.exec(argument)?.[1] ?? '') : ''));
  // next-intl's translator outside a request (e-mail): `createTranslator({ ..., namespace: 'mail' })`.
  for (const [, namespace] of text.matchAll(/createTranslator\(\{[^}]*namespace:\s*'([^']*)'/g)) namespaces.push(namespace ?? '');
  const literals = new Set([...text.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)].map((match) => match[1] ?? match[2] ?? ''));
  const prefixes = [...text.matchAll(/`([^`$]*)\$\{/g)].map((match) => match[1] ?? '').filter((prefix) => prefix !== '');
  return { path, namespaces, literals, prefixes };
}

const sources = SOURCE_DIRS.flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => read(join(dir, name))),
);

/**
 * A dotted key named in full anywhere (a literal, or a template whose fixed start is a dotted prefix
 * of it, like `providerErrors.${key}`), or named relative to a namespace in a file that makes a
 * translator for that namespace.
 */
function isUsed(key: string): boolean {
  return sources.some((file) => {
    if (key.includes('.') && (file.literals.has(key) || file.prefixes.some((p) => p.includes('.') && key.startsWith(p)))) {
      return true;
    }
    return file.namespaces.some((namespace) => {
      if (namespace !== '' && !key.startsWith(`${namespace}.`)) return false;
      const rest = namespace === '' ? key : key.slice(namespace.length + 1);
      return file.literals.has(rest) || file.prefixes.some((prefix) => rest.startsWith(prefix));
    });
  });
}

/**
 * Keys reached through a variable the scan cannot follow, with where: each must exist (checked
 * below), so this list cannot hide a missing message.
 */
const REACHED_BY_VARIABLE: Record<string, string> = Object.fromEntries([
  ...locales.map((locale) => [`languageSwitch.${locale}`, 'components/layout/language-switch.tsx: t(locale)']),
  ...STAGE_KINDS.map((kind) => [`stage.${kind}`, 'components/order/order-outcome.tsx: t(stage.kind)']),
  ...['title', 'body', 'retry'].map((key) => [`errorPage.${key}`, "app/(shop)/error.tsx: useMessages().errorPage, t('" + key + "')"]),
  ...['orderReceived', 'esimReady', 'paymentFailed', 'refunded', 'expired', 'orderLink'].flatMap((kind) =>
    ['subject', 'preview', 'title', 'body'].map((part) => [`mail.${kind}.${part}`, 'lib/mail/customer-email.tsx: t(`${KIND_KEY[kind]}.' + part + '`)']),
  ),
]);

describe('messages', () => {
  const keys = messageKeys(messagesByLocale[defaultLocale]);

  it('the scan finds the files that translate', () => {
    expect(sources.filter((file) => file.namespaces.length > 0).length).toBeGreaterThan(30);
  });

  it('every message is used somewhere in the code', () => {
    const unused = keys.filter((key) => !(key in REACHED_BY_VARIABLE) && !isUsed(key));
    expect(unused).toEqual([]);
  });

  it('every order stage has its customer wording and its status label', () => {
    for (const kind of STAGE_KINDS) {
      expect(keys, kind).toContain(`stage.${kind}`);
      expect(keys, kind).toContain(`account.statusLabels.${kind}`);
    }
  });

  it('every key listed as reached by a variable exists', () => {
    expect(Object.keys(REACHED_BY_VARIABLE).filter((key) => !keys.includes(key))).toEqual([]);
  });
});
