import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '@/app/(shop)/error';
import { locales } from '@/lib/i18n/locales';
import { messagesByLocale } from '@/lib/i18n/messages';
import { MISSING_MESSAGE_MARK } from '@/lib/i18n/missing-message';

function render(locale: string, messages: Record<string, unknown>): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      <ErrorPage error={new Error('boom')} reset={() => {}} />
    </NextIntlClientProvider>,
  );
}

describe('the error page', () => {
  it.each(locales)('says what happened and offers a retry in %s', (locale) => {
    const html = render(locale, messagesByLocale[locale]);
    const texts = messagesByLocale[locale].errorPage as Record<string, string>;
    for (const key of ['title', 'body', 'retry']) expect(html).toContain(texts[key]);
    expect(html).not.toContain(MISSING_MESSAGE_MARK);
  });

  it('marks a missing text rather than showing nothing', () => {
    expect(render('en', {})).toContain(`${MISSING_MESSAGE_MARK}errorPage.title⟧`);
  });
});
