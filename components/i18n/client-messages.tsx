import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { IntlErrorHandling } from '@/components/i18n/intl-error-handling';
import { CLIENT_NAMESPACES, pickMessages, type ClientPart } from '@/lib/i18n/client-messages';

/** Gives the client components below it the texts of one part of the shop, and no others. */
export async function ClientMessages({ part, children }: { part: ClientPart; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), CLIENT_NAMESPACES[part]);
  return (
    <NextIntlClientProvider messages={messages}>
      <IntlErrorHandling>{children}</IntlErrorHandling>
    </NextIntlClientProvider>
  );
}
