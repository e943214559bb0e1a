import { getTranslations } from 'next-intl/server';

export default async function Loading() {
  const t = await getTranslations();
  return (
    <p role="status" className="py-10 text-center text-slate-600">
      {t('loading')}
    </p>
  );
}
