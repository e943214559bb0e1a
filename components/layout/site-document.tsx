import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The document around every page. Pages rendered per request pass the sandbox banner and the
 * account links rendered on the server; the cached catalog pages pass ones the browser fills in.
 */
export function SiteDocument({
  locale,
  banner,
  account,
  children,
}: {
  locale: Locale;
  banner: ReactNode;
  account: ReactNode;
  children: ReactNode;
}) {
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* Each part of the shop gives its client components their own texts (ClientMessages). */}
        <ClientMessages part="root">
          {banner}
          <SiteHeader locale={locale} account={account} />
          <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
