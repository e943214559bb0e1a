import { getTranslations } from 'next-intl/server';
import { CatalogUnavailable } from '@/components/catalog/catalog-unavailable';
import { StaleNotice } from '@/components/catalog/stale-notice';
import { DestinationSearch } from '@/components/destinations/destination-search';
import { isCatalogStale } from '@/lib/catalog';
import { getDestinations } from '@/lib/catalog/destinations';
import { getPreferences } from '@/lib/catalog/preferences';
import { unlessProviderFails } from '@/lib/catalog/provider-failure';

export default async function HomePage() {
  const preferences = await getPreferences();
  const [t, loaded] = await Promise.all([getTranslations('home'), unlessProviderFails(getDestinations(preferences))]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      {loaded ? (
        <>
          <StaleNotice stale={isCatalogStale(preferences.locale) || !loaded.complete} />
          <DestinationSearch destinations={loaded.destinations} locale={preferences.locale} />
        </>
      ) : (
        <CatalogUnavailable retryHref="/" />
      )}
    </div>
  );
}
