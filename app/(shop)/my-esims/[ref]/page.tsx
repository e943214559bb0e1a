import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EsimDetails } from '@/components/esim/esim-details';
import { OrderOutcome } from '@/components/order/order-outcome';
import { OrderSummary } from '@/components/order/order-summary';
import { getPreferences } from '@/lib/catalog/preferences';
import { readMyEsim } from '@/lib/orders';

type Props = { params: Promise<{ ref: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** One eSIM of the signed-in owner, read from the provider with the customer's own token. */
export default async function MyEsimPage({ params }: Props) {
  const { ref } = await params;
  const [{ locale }, t] = await Promise.all([getPreferences(), getTranslations('account')]);
  const mine = await readMyEsim(ref, locale);
  if (mine.kind === 'sign_in') redirect(`/sign-in?next=/my-esims/${encodeURIComponent(ref)}`);
  // Someone else's order looks exactly like a missing one.
  if (mine.kind === 'not_found') notFound();
  // The provider refused the customer's token: the session is over; sign in again, then back here.
  if (mine.kind === 'signed_out') redirect(`/sign-in?expired=1&next=${encodeURIComponent(`/my-esims/${ref}`)}`);
  const { order, stage, esim } = mine;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{order.provider.packageName}</h1>
      <OrderOutcome
        stage={stage}
        packageId={order.packageId}
        esimUnavailable={stage.kind === 'esim_ready' && !esim}
        pageHref={`/my-esims/${order.ref}`}
      />
      {esim ? <EsimDetails esim={esim} locale={locale} userAgent={(await headers()).get('user-agent')} /> : null}
      <OrderSummary order={order} locale={locale} />
      <Link href={`/orders/${order.ref}`} className="text-brand-700 underline underline-offset-4">
        {t('viewOrder')}
      </Link>
    </div>
  );
}
