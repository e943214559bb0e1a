import { getTranslations } from 'next-intl/server';

/** A staff action while the console is off (403): no staff password is set, so no one is staff. */
export default async function StaffForbidden() {
  const t = await getTranslations('staff');
  return (
    <div role="alert" className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('access.forbiddenTitle')}</h1>
      <p className="text-slate-700">{t('signIn.off')}</p>
    </div>
  );
}
