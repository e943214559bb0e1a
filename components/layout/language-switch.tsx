import { getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/components/layout/locale-actions';
import { locales, type Locale } from '@/lib/i18n/locales';

/** One button per language: works before hydration, and the server re-renders in the new language. */
export async function LanguageSwitch({ current }: { current: Locale }) {
  const t = await getTranslations('languageSwitch');
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t('label')}>
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="min-h-6 rounded-md border border-slate-300 px-2 py-1 text-sm aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:font-semibold aria-pressed:text-brand-800"
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
