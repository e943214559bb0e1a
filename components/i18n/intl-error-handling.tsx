'use client';

import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from 'next-intl';
import type { ReactNode } from 'react';
import { getMessageFallback, onError } from '@/lib/i18n/missing-message';

/**
 * Gives client components the same missing-message handling as the server: functions cannot cross
 * from the server's provider, so this re-provides its locale and messages with them.
 */
export function IntlErrorHandling({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider
      locale={useLocale()}
      messages={useMessages()}
      timeZone={useTimeZone()}
      onError={onError}
      getMessageFallback={getMessageFallback}
    >
      {children}
    </NextIntlClientProvider>
  );
}
