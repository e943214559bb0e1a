import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { IntlErrorHandling } from '@/components/i18n/intl-error-handling';

/** The request's locale and messages for client components, with the shop's missing-message handling. */
export function IntlProvider({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider>
      <IntlErrorHandling>{children}</IntlErrorHandling>
    </NextIntlClientProvider>
  );
}
