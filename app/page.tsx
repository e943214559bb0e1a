import { getTranslations } from 'next-intl/server';
import { StaleNotice } from '@/components/catalog/stale-notice';
import { DestinationSearch } from '@/components/destinations/destination-search';
import { ClientMessages } from '@/components/i18n/client-messages';
import { isCatalogStale } from '@/lib/catalog';
import { getDestinations } from '@/lib/catalog/destinations';
import { getPreferences } from '@/lib/catalog/preferences';

export default async function HomePage() {
  const preferences = await getPreferences();
  const [t, destinations] = await Promise.all([getTranslations('home'), getDestinations(preferences)]);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      <StaleNotice stale={isCatalogStale(preferences.locale)} />
      <ClientMessages part="home">
        <DestinationSearch destinations={destinations} />
      </ClientMessages>
    </div>
  );
}
