import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StaffSignInForm } from '@/components/staff/staff-sign-in-form';
import { getEnv } from '@/lib/env';
import { isStaff, staffConsoleEnabled } from '@/lib/staff';

export default async function StaffSignInPage() {
  if (await isStaff()) redirect('/staff');
  const t = await getTranslations('staff.signIn');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {staffConsoleEnabled() ? (
        <>
          <p className="text-slate-700">{t('intro')}</p>
          {getEnv().sandbox ? <p className="text-sm text-slate-600">{t('sandboxHint')}</p> : null}
          <StaffSignInForm />
        </>
      ) : (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('off')}
        </p>
      )}
    </div>
  );
}
