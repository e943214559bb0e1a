import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EsimDetails } from '@/components/esim/esim-details';
import { OrderOutcome } from '@/components/order/order-outcome';
import { OrderSummary } from '@/components/order/order-summary';
import { getPreferences } from '@/lib/catalog/preferences';
import { LinksfieldError } from '@/lib/linksfield';
import { TOKEN_INVALID_CODE } from '@/lib/linksfield/errors';
import type { EsimDetail } from '@/lib/linksfield/types';
import { findOrder } from '@/lib/orders/get-order';
import { loadEsim } from '@/lib/orders/load-esim';
import { loadStage } from '@/lib/orders/pay-order';
import { getStores } from '@/lib/store';
import { endCustomerSession, getSignedInCustomer } from '@/lib/session/customer-session';

type Props = { params: Promise<{ ref: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** One eSIM of the signed-in owner, read from the provider with the customer's own token. */
export default async function MyEsimPage({ params }: Props) {
  const { ref } = await params;
  const customer = await getSignedInCustomer();
  if (!customer) redirect(`/sign-in?next=/my-esims/${encodeURIComponent(ref)}`);
  const order = await findOrder(ref);
  // Someone else's order looks exactly like a missing one.
  if (!order || order.accountEmail !== customer.email) notFound();
  const [{ locale }, t] = await Promise.all([getPreferences(), getTranslations('account')]);
  const stage = await loadStage(getStores(), order);

  let esim: EsimDetail | null = null;
  let expired = false;
  if (stage.kind === 'esim_ready') {
    try {
      esim = await loadEsim(order, locale, order.placedWith === 'customer' ? customer.token : undefined);
    } catch (error) {
      // Any other failure leaves `esim` empty and the page says the eSIM is on its way.
      expired = error instanceof LinksfieldError && error.code === TOKEN_INVALID_CODE;
    }
  }
  if (expired) {
    // The provider refused the customer's token. A page cannot clear cookies, but it can end the
    // session on the server: the cookie left behind opens nothing, and the customer signs in again.
    await endCustomerSession();
    redirect(`/sign-in?expired=1&next=${encodeURIComponent(`/my-esims/${order.ref}`)}`);
  }

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
