import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { IntlProvider } from '@/components/i18n/intl-provider';
import { ScenarioBanner } from '@/components/layout/scenario-banner';
import { SiteHeader } from '@/components/layout/site-header';
import { QueryProvider } from '@/components/query/query-provider';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: `%s · eSIM QR Mall` }, description: t('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <IntlProvider>
          <QueryProvider>
            <ScenarioBanner />
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:py-10">
              {children}
            </main>
          </QueryProvider>
        </IntlProvider>
      </body>
    </html>
  );
}
