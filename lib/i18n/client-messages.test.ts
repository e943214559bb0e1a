import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';
import { messagesByLocale } from '@/lib/i18n/messages';

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('messages sent to the browser', () => {
  it('picks only the named namespaces, and refuses one that does not exist', () => {
    const messages = { home: { title: 'Home' }, staff: { title: 'Staff' }, common: { from: 'from {price}' } };
    expect(pickMessages(messages, ['home', 'common'])).toEqual({ home: { title: 'Home' }, common: { from: 'from {price}' } });
    expect(() => pickMessages(messages, ['missing'])).toThrow(/missing/);
  });

  it('names namespaces every language has', () => {
    for (const messages of Object.values(messagesByLocale)) {
      for (const namespaces of Object.values(CLIENT_NAMESPACES)) expect(() => pickMessages(messages, namespaces)).not.toThrow();
    }
  });

  it('covers every namespace a client component reads, and keeps the staff texts out of the customer pages', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const sent = new Set<string>(Object.values(CLIENT_NAMESPACES).flat());
    const read = new Set<string>();
    for (const file of [...sources(path.join(root, 'components')), ...sources(path.join(root, 'app'))]) {
      const text = readFileSync(file, 'utf8');
      if (!text.startsWith("'use client'")) continue;
      for (const match of text.matchAll(/useTranslations\('([^'.]+)/g)) read.add(match[1] as string);
      // useTranslations() without a namespace reads keys with their namespace: t('home.title').
      if (/useTranslations\(\)/.test(text)) for (const match of text.matchAll(/\bt\('([a-zA-Z]+)\./g)) read.add(match[1] as string);
    }
    expect(read.size).toBeGreaterThan(5);
    for (const namespace of read) expect(sent, namespace).toContain(namespace);
    const customerParts = Object.entries(CLIENT_NAMESPACES).filter(([part]) => part !== 'staff');
    for (const [, namespaces] of customerParts) expect(namespaces).not.toContain('staff');
  });
});
