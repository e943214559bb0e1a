import { getTranslations } from 'next-intl/server';
import { FlagImage } from '@/components/flags/flag-image';
import { getCountries } from '@/lib/catalog';
import { formatDataVolume } from '@/lib/data-volume';
import { flagImageSrc } from '@/lib/flags/flag-image';
import type { Locale } from '@/lib/i18n/locales';
import type { EsimPackage } from '@/lib/linksfield';

/** Code, data, validity and coverage; prices live in the order form, which follows the chosen currency. */
export async function PackageFacts({ pkg, locale }: { pkg: EsimPackage; locale: Locale }) {
  const [t, tc, countries] = await Promise.all([
    getTranslations('packagePage'),
    getTranslations('common'),
    getCountries(locale),
  ]);
  const byMcc = new Map(countries.map((country) => [country.mcc, country]));
  const coverage = pkg.coverage.map((mcc) => byMcc.get(mcc) ?? { mcc, name: `MCC ${mcc}`, iso2: '' });

  return (
    <>
      <section aria-labelledby="facts" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="facts" className="sr-only">
          {t('facts')}
        </h2>
        <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t('data')}</dt>
            <dd className="text-base font-semibold">
              {pkg.dataMb === null ? tc('unlimited') : formatDataVolume(pkg.dataMb, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('validity')}</dt>
            <dd className="text-base font-semibold">{tc('validity', { length: pkg.periodLength })}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('code')}</dt>
            <dd className="break-all font-mono text-sm">{pkg.code}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="coverage" className="space-y-2">
        <h2 id="coverage" className="text-lg font-semibold">
          {t('coverage')} <span className="text-sm font-normal text-slate-600">({t('coverageCount', { count: coverage.length })})</span>
        </h2>
        <ul className="flex flex-wrap gap-2">
          {coverage.map((country) => (
            <li key={country.mcc} className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 bg-white py-1 pl-1.5 pr-3 text-sm">
              <FlagImage src={flagImageSrc(country.iso2)} className="size-5" />
              {country.name}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
