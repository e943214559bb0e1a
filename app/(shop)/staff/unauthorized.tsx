import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** A staff action sent without a staff session (401): nothing was done, and the way to sign in. */
export default async function StaffUnauthorized() {
  const t = await getTranslations('staff.access');
  return (
    <div role="alert" className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('unauthorizedTitle')}</h1>
      <p className="text-slate-700">{t('unauthorizedBody')}</p>
      <Link href="/staff/sign-in" className="inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
        {t('signIn')}
      </Link>
    </div>
  );
}
