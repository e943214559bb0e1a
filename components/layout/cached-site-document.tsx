import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LiveAccountNav } from '@/components/layout/live-account-nav';
import { LiveScenarioBanner } from '@/components/layout/live-scenario-banner';
import { SiteDocument } from '@/components/layout/site-document';
import type { Locale } from '@/lib/i18n/locales';
import { sandboxEnabled } from '@/lib/in-app-sandbox';

/**
 * The document of a page that may be cached: nothing in it reads the request, and the browser fills
 * in the sandbox banner and the account links.
 */
export async function CachedSiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'account' });
  return (
    <SiteDocument
      locale={locale}
      banner={sandboxEnabled() ? <LiveScenarioBanner locale={locale} /> : null}
      account={<LiveAccountNav locale={locale} labels={{ signIn: t('signIn'), myEsims: t('myEsims'), signOut: t('signOut') }} />}
    >
      {children}
    </SiteDocument>
  );
}
