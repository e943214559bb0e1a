import { createTranslator } from 'next-intl';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { PackageView } from '@/lib/catalog/package-view';
import { messageEntries } from '@/lib/i18n/message-keys';
import { locales, type Locale } from '@/lib/i18n/locales';
import { messagesByLocale } from '@/lib/i18n/messages';

// The card asks for the request's translator; here the test names the language.
let pageLocale: Locale = 'en';
vi.mock('next-intl/server', () => ({
  getTranslations: async () => createTranslator({ locale: pageLocale, messages: messagesByLocale[pageLocale] }),
  getLocale: async () => pageLocale,
}));

const { PackageCard } = await import('@/components/packages/package-card');

const PKG: PackageView = {
  id: 1000000,
  name: 'Japan 1GB 7 Days',
  shortDescription: '1 GB for a week',
  dataMb: 1024,
  dataLabel: '1 GB',
  periodLength: 7,
  validityLabel: '7 days',
  priceMinor: 499,
  priceLabel: '$4.99',
};

async function orderLink(locale: Locale) {
  pageLocale = locale;
  const html = renderToStaticMarkup((await PackageCard({ pkg: PKG })) as ReactElement);
  const [, attributes = '', inner = ''] = /<a\s([^>]*)>([\s\S]*?)<\/a>/.exec(html) ?? [];
  const text = (markup: string) => markup.replace(/<[^>]+>/g, '');
  return {
    attributes,
    // What a screen reader announces (no aria-label: the content), and what the eye sees.
    name: text(inner),
    visible: text(inner.replace(/<span class="sr-only">[\s\S]*?<\/span>/g, '')),
  };
}

describe('PackageCard, WCAG 2.5.3 label in name', () => {
  for (const locale of locales) {
    it(`${locale}: the link's name starts with its visible word and names the package`, async () => {
      const expected = new Map(messageEntries(messagesByLocale[locale])).get('packagePage.order');
      const link = await orderLink(locale);
      expect(link.attributes).not.toContain('aria-label');
      expect(expected).toBeTruthy();
      expect(link.visible).toBe(expected);
      expect(link.name).toBe(`${expected} ${PKG.name}`);
      // To the package's page in the card's language.
      expect(link.attributes).toContain(`href="/${locale}/packages/${PKG.id}"`);
    });
  }
});
