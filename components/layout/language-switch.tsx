import { getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/components/layout/locale-actions';
import { ChevronDownIcon, GlobeIcon } from '@/components/layout/header-icons';
import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * The languages, each named in itself, behind a native disclosure: it works before hydration and
 * takes one button's room in the header. Closed, the other languages' scripts are not laid out,
 * so a page in English does not make the browser look up a CJK font for its first paint.
 * One button per language; the server re-renders in the new one. The key closes the menu then.
 */
export async function LanguageSwitch({ current }: { current: Locale }) {
  const t = await getTranslations('languageSwitch');
  return (
    <details key={current} className="relative">
      <summary className="flex min-h-6 cursor-pointer list-none items-center gap-1 rounded-md border border-slate-300 px-2 py-1 text-sm [&::-webkit-details-marker]:hidden">
        <GlobeIcon />
        <span className="sr-only">{t('label')}: </span>
        <span lang={current}>{t(current)}</span>
        <ChevronDownIcon />
      </summary>
      <form
        action={setLocaleAction}
        aria-label={t('label')}
        className="absolute right-0 z-50 mt-1 flex min-w-full flex-col gap-1 rounded-md border border-slate-300 bg-white p-1 shadow-md"
      >
        {locales.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            className="min-h-6 whitespace-nowrap rounded px-2 py-1 text-left text-sm hover:bg-slate-100 aria-pressed:bg-brand-50 aria-pressed:font-semibold aria-pressed:text-brand-800"
          >
            {t(locale)}
          </button>
        ))}
      </form>
    </details>
  );
}
