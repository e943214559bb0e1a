import { getTranslations } from 'next-intl/server';
import { CatalogUnavailable } from '@/components/catalog/catalog-unavailable';
import { StaleNotice } from '@/components/catalog/stale-notice';
import { DestinationFilter } from '@/components/destinations/destination-filter';
import { DestinationList } from '@/components/destinations/destination-list';
import { ClientMessages } from '@/components/i18n/client-messages';
import { isCatalogStale } from '@/lib/catalog';
import { getDestinations } from '@/lib/catalog/destinations';
import type { ShopPreferences } from '@/lib/catalog/preferences';
import { unlessProviderFails } from '@/lib/catalog/provider-failure';
import { homeAddress } from '@/lib/i18n/addresses';

const DESTINATIONS_ID = 'destinations';

/** The home page, for the cached copy and for the one rendered per request (after signing out). */
export async function HomeContent({ preferences, signedOut }: { preferences: ShopPreferences; signedOut: boolean }) {
  const [t, account, loaded] = await Promise.all([
    getTranslations('home'),
    getTranslations('account'),
    unlessProviderFails(getDestinations(preferences)),
  ]);
  return (
    <div className="space-y-6">
      {/* Signing out lands here: say that it worked. */}
      {signedOut ? (
        <p role="status" className="rounded-md border border-slate-300 bg-white p-3">
          {account('signedOut')}
        </p>
      ) : null}
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      {loaded ? (
        <>
          <StaleNotice stale={isCatalogStale(preferences.locale) || !loaded.complete} />
          <div className="space-y-4">
            <ClientMessages part="home">
              <DestinationFilter
                listId={DESTINATIONS_ID}
                total={loaded.destinations.length}
                allResultsLabel={t('results', { count: loaded.destinations.length })}
              />
            </ClientMessages>
            <DestinationList id={DESTINATIONS_ID} destinations={loaded.destinations} locale={preferences.locale} />
          </div>
        </>
      ) : (
        <CatalogUnavailable retryHref={homeAddress(preferences.locale)} />
      )}
    </div>
  );
}
