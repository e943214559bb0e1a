import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FindOrderForm } from '@/components/find-order/find-order-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('findOrder'))('title') };
}

/** For a guest who lost the order page's address: its link, e-mailed to the address it was ordered with. */
export default async function FindOrderPage() {
  const t = await getTranslations('findOrder');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <FindOrderForm />
      <p className="text-sm">
        <Link href="/sign-in" className="text-brand-700 underline underline-offset-4">
          {t('signedIn')}
        </Link>
      </p>
    </div>
  );
}
