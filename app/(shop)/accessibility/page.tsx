import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { supportEmailTag } from '@/components/layout/support-email';
import { getEnv } from '@/lib/env';
import { locales } from '@/lib/i18n/locales';

const TESTED = ['axe', 'pages', 'languages', 'themes', 'keyboard', 'forms', 'qr', 'targets', 'phones'] as const;
const LIMITATIONS = ['automated', 'providerText', 'qr', 'staffTables'] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accessibility'))('title') };
}

export default async function AccessibilityPage() {
  const [t, languageNames] = await Promise.all([getTranslations('accessibility'), getTranslations('languageSwitch')]);
  const { supportEmail } = getEnv();
  // Every language the shop offers, each named in itself, so a new language is listed without a text change.
  const languages = locales.map((locale) => languageNames(locale)).join(', ');
  return (
    <article className="mx-auto max-w-3xl space-y-6" aria-labelledby="accessibility-title">
      <div className="space-y-2">
        <h1 id="accessibility-title" className="text-2xl font-bold sm:text-3xl">
          {t('title')}
        </h1>
        <p className="text-slate-700">{t('intro')}</p>
      </div>
      <section aria-labelledby="standard-title" className="space-y-2">
        <h2 id="standard-title" className="text-lg font-semibold">
          {t('standardTitle')}
        </h2>
        <p>{t('standardBody')}</p>
      </section>
      <section aria-labelledby="tested-title" className="space-y-2">
        <h2 id="tested-title" className="text-lg font-semibold">
          {t('testedTitle')}
        </h2>
        <p>{t('testedIntro')}</p>
        <ul className="list-disc space-y-2 pl-6">
          {TESTED.map((key) => (
            <li key={key}>{t(`tested.${key}`, { languages })}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="limitations-title" className="space-y-2">
        <h2 id="limitations-title" className="text-lg font-semibold">
          {t('limitationsTitle')}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {LIMITATIONS.map((key) => (
            <li key={key}>{t(`limitations.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="contact-title" className="space-y-2">
        <h2 id="contact-title" className="text-lg font-semibold">
          {t('contactTitle')}
        </h2>
        <p>
          {t.rich('contactBody', { address: supportEmail, email: supportEmailTag(supportEmail) })}
        </p>
      </section>
    </article>
  );
}
