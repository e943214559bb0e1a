import { createTranslator } from 'next-intl';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { locales, type Locale } from '@/lib/i18n/locales';
import { messagesByLocale } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';

// Server-side translations without a Next request: the same messages through next-intl's core.
const current = vi.hoisted(() => ({ locale: 'en' as Locale }));
vi.mock('next-intl/server', () => ({
  getTranslations: async (namespace: string) => createTranslator({ locale: current.locale, messages: messagesByLocale[current.locale], namespace }),
}));

const { default: StaffUnauthorized } = await import('@/app/(shop)/staff/unauthorized');
const { default: StaffForbidden } = await import('@/app/(shop)/staff/forbidden');

/** A message as React writes it into html. */
const text = (locale: Locale, key: string) =>
  (createTranslator({ locale, messages: messagesByLocale[locale] }) as Translate)(key)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
const render = async (page: () => Promise<ReactElement>) => renderToStaticMarkup(await page());

describe('the staff refusal pages', () => {
  for (const locale of locales) {
    it(`401 in ${locale}: says nothing was done, and links to the staff sign-in`, async () => {
      current.locale = locale;
      const html = await render(StaffUnauthorized);
      expect(html).toContain(`<h1 class="text-2xl font-bold">${text(locale, 'staff.access.unauthorizedTitle')}</h1>`);
      expect(html).toContain(text(locale, 'staff.access.unauthorizedBody'));
      expect(html).toMatch(new RegExp(`<a [^>]*href="/staff/sign-in"[^>]*>${text(locale, 'staff.access.signIn')}</a>`));
      expect(html).not.toMatch(/\\sstyle=/);
    });

    it(`403 in ${locale}: the console is off, and how to turn it on`, async () => {
      current.locale = locale;
      const html = await render(StaffForbidden);
      expect(html).toContain(text(locale, 'staff.access.forbiddenTitle'));
      expect(html).toContain(text(locale, 'staff.signIn.off'));
    });
  }
});
