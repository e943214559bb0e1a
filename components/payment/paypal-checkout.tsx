'use client';

import { useTranslations } from 'next-intl';
import { lazy, Suspense, useEffect, useId, useSyncExternalStore } from 'react';
import { policyAllowsSdk } from '@/components/payment/sdk-policy';
import type { PayPalCheckout as Checkout } from '@/lib/orders';

type Props = {
  orderRef: string;
  checkout: Checkout;
  /** The page's CSP nonce, given to the SDK's script (PayPal's `data-csp-nonce`). */
  nonce: string | undefined;
  /** The sandbox card form is on the page too: without JavaScript the customer can still pay by card. */
  cardOffered: boolean;
};

// PayPal's React package is most of this part's code: fetched only once the buttons are to show,
// so the confirmation after a pre-order renders without waiting for it.
const PayPalButtonsWithSdk = lazy(() =>
  import('@/components/payment/paypal-buttons').then((module) => ({ default: module.PayPalButtonsWithSdk })),
);

const subscribeToNothing = () => () => {};

const loadedAs = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name;

/**
 * PayPal's buttons (JS SDK v5 through @paypal/react-paypal-js) for exactly the pre-order's amount and
 * currency. Shop collects: the server creates and captures the order. Provider collects: the buttons
 * load the provider's client id and create and capture in the browser; the server checks and reports
 * the capture. Either way the order page is refreshed to show where the order stands.
 */
export function PayPalCheckout({ orderRef, checkout, nonce, cardOffered }: Props) {
  const t = useTranslations('payment.paypal');
  const id = useId();
  // False in the server's HTML and while hydrating, true once React runs: a browser that runs no
  // script keeps the words, also where a <noscript> would stay hidden (scripts blocked by an
  // extension or a policy); one that does loads the buttons.
  const scripted = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  // This order page's own address, not `location`: after a client-side navigation (the pre-order's
  // redirect) the new page renders before the address bar changes.
  const orderPath = `/orders/${orderRef}`;
  const sdkAllowed = useSyncExternalStore(
    subscribeToNothing,
    () => policyAllowsSdk(checkout.sdkBaseUrl, new URL(orderPath, location.origin).href, loadedAs()),
    () => false,
  );
  // Reached without loading this page as a document: its policy is not the one in force. Loaded
  // again by its own address (a GET: nothing is sent twice).
  useEffect(() => {
    if (scripted && !sdkAllowed) window.location.replace(orderPath);
  }, [scripted, sdkAllowed, orderPath]);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t('title')}
      </h2>
      {scripted && !sdkAllowed ? (
        <p className="text-sm text-slate-600">{t('loading')}</p>
      ) : scripted ? (
        <Suspense fallback={<p className="text-sm text-slate-600">{t('loading')}</p>}>
          <PayPalButtonsWithSdk orderRef={orderRef} checkout={checkout} nonce={nonce} />
        </Suspense>
      ) : (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t('needsJavaScript')} {cardOffered ? t('needsJavaScriptCard') : null}
        </p>
      )}
    </section>
  );
}
