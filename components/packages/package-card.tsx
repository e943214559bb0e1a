import { getLocale, getTranslations } from 'next-intl/server';
import type { PackageView } from '@/lib/catalog/package-view';
import { packageAddress } from '@/lib/i18n/addresses';
import { isLocale } from '@/lib/i18n/locales';

export async function PackageCard({ pkg }: { pkg: PackageView }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    // Its look is the `.package-card` rules in globals.css: a page lists 24, in its HTML and again in its payload.
    <article className="package-card">
      <div>
        <h2>{pkg.name}</h2>
        {pkg.shortDescription ? <p>{pkg.shortDescription}</p> : null}
      </div>
      <dl>
        <div>
          <dt>{t('packageCard.data')}</dt>
          <dd>{pkg.dataLabel}</dd>
        </div>
        <div>
          <dt>{t('packageCard.validity')}</dt>
          <dd>{pkg.validityLabel}</dd>
        </div>
        <div>
          <dt>{t('packageCard.price')}</dt>
          <dd>{pkg.priceLabel ?? t('common.noPrice')}</dd>
        </div>
      </dl>
      {/* WCAG 2.5.3: the name starts with the visible word ("Order Japan 1GB 7 Days"), so saying
          "click Order" works; only the package's name, which the card already shows, is hidden. */}
      {/* A plain anchor: the package page is a cached document of its own, and 24 hydrated Links cost a phone's main thread. */}
      <a href={packageAddress(isLocale(locale) ? locale : 'en', pkg.id)}>
        {t('packagePage.order')}
        <span className="sr-only"> {pkg.name}</span>
      </a>
    </article>
  );
}
