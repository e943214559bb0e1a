import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AccountForm } from '@/components/account/account-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('registerTitle') };
}

export default async function RegisterPage() {
  const t = await getTranslations('account');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('registerTitle')}</h1>
      <p className="text-slate-700">{t('registerIntro')}</p>
      <AccountForm mode="register" next={null} />
      <p className="text-sm">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="text-brand-700 underline underline-offset-4">
          {t('signIn')}
        </Link>
      </p>
    </div>
  );
}
