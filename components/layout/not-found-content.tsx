import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function NotFoundContent() {
  const t = await getTranslations('notFound');
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('body')}</p>
      <Link href="/" className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {t('home')}
      </Link>
    </div>
  );
}
