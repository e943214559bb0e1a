import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AccountNav } from '@/components/layout/account-nav';
import { ScenarioBanner } from '@/components/layout/scenario-banner';
import { SiteDocument } from '@/components/layout/site-document';
import { siteMetadata } from '@/components/layout/site-metadata';
import { requestLocale } from '@/lib/i18n/request-locale';

export const generateMetadata = async (): Promise<Metadata> => siteMetadata(await requestLocale());

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** Pages rendered per request: the banner and the account links come from the server. */
export default async function ShopLayout({ children }: { children: ReactNode }) {
  return (
    <SiteDocument locale={await requestLocale()} banner={<ScenarioBanner />} account={<AccountNav />}>
      {children}
    </SiteDocument>
  );
}
