import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AccountForm } from '@/components/account/account-form';
import { safeNextPath } from '@/components/account/account-input';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('signInTitle') };
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations('account');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('signInTitle')}</h1>
      {params.expired ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t('sessionExpired')}
        </p>
      ) : null}
      <p className="text-slate-700">{t('signInIntro')}</p>
      <AccountForm mode="signIn" next={safeNextPath(params.next)} />
      <p className="text-sm">
        {t('noAccount')}{' '}
        <Link href="/register" className="text-brand-700 underline underline-offset-4">
          {t('register')}
        </Link>
      </p>
    </div>
  );
}
