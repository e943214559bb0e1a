import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountNav } from '@/components/layout/account-nav';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { ScenarioBanner } from '@/components/layout/scenario-banner';
import { SiteDocument } from '@/components/layout/site-document';
import { requestLocale } from '@/lib/i18n/request-locale';
import '@/app/globals.css';

// In the visitor's language, with their account links: never a copy made at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notFound');
  return { title: `${t('title')} · eSIM QR Mall` };
}

/**
 * An address that matches no page (`experimental.globalNotFound`): rendered outside every layout,
 * so it renders the whole document. A root `not-found.tsx` would instead be rendered into every
 * page's payload, the cached catalog pages included, where nothing may read the request.
 */
export default async function GlobalNotFound() {
  return (
    <SiteDocument locale={await requestLocale()} banner={<ScenarioBanner />} account={<AccountNav />}>
      <NotFoundContent />
    </SiteDocument>
  );
}
