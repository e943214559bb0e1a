import { getTranslations } from 'next-intl/server';
import { SORTS, type PackageQuery } from '@/lib/catalog/package-query';

type Option = { value: string; label: string };

/** A GET form: sorting and filtering work without JavaScript and each state has its own URL. */
export async function PackageFilters({
  query,
  dataOptions,
  validityOptions,
  showFilters,
}: {
  query: PackageQuery;
  dataOptions: Option[];
  validityOptions: Option[];
  showFilters: boolean;
}) {
  const t = await getTranslations('country');
  const selectClass = 'block w-full rounded-md border border-slate-400 bg-white px-2 py-2 text-base';
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3">
      <div className="min-w-40 flex-1">
        <label htmlFor="sort" className="block text-sm font-semibold">
          {t('sortLabel')}
        </label>
        <select id="sort" name="sort" defaultValue={query.sort} className={selectClass}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </option>
          ))}
        </select>
      </div>
      {showFilters ? (
        <>
          <div className="min-w-32 flex-1">
            <label htmlFor="data" className="block text-sm font-semibold">
              {t('dataFilterLabel')}
            </label>
            <select id="data" name="data" defaultValue={query.data ?? ''} className={selectClass}>
              <option value="">{t('any')}</option>
              {dataOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-32 flex-1">
            <label htmlFor="validity" className="block text-sm font-semibold">
              {t('validityFilterLabel')}
            </label>
            <select id="validity" name="validity" defaultValue={query.validity?.toString() ?? ''} className={selectClass}>
              <option value="">{t('any')}</option>
              {validityOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      <button
        type="submit"
        className="min-h-10 rounded-md border border-brand-600 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      >
        {t('apply')}
      </button>
    </form>
  );
}
