'use client';

import {
  PayPalButtons,
  PayPalScriptProvider,
  usePayPalScriptReducer,
  type PayPalButtonsComponentProps,
} from '@paypal/react-paypal-js';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, useSyncExternalStore, useTransition } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { capturePayPalAction, reportPayPalCaptureAction, startPayPalAction } from '@/components/payment/paypal-actions';
import type { PayPalStep } from '@/components/payment/paypal-step';
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

type Capture = { id: string; status: string; amount: { value: string; currency_code: string } };
type CapturedOrder = { purchase_units?: { payments?: { captures?: Capture[] } }[]; details?: { issue?: string }[] };

const DECLINED = 'INSTRUMENT_DECLINED';

const subscribeToNothing = () => () => {};

const loadedAs = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name;

/** Whether a browser-side capture failed because the buyer's funding source was declined. */
function wasDeclined(result: unknown): boolean {
  if (result instanceof Error) return result.message.includes(DECLINED);
  return (result as CapturedOrder | undefined)?.details?.some((detail) => detail.issue === DECLINED) ?? false;
}

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
        <PayPalScriptProvider
          options={{
            clientId: checkout.clientId,
            currency: checkout.currency,
            intent: 'capture',
            components: 'buttons',
            ...(checkout.sdkBaseUrl ? { sdkBaseUrl: checkout.sdkBaseUrl } : {}),
            ...(nonce ? { dataCspNonce: nonce } : {}),
          }}
        >
          <Buttons orderRef={orderRef} checkout={checkout} />
        </PayPalScriptProvider>
      ) : (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t('needsJavaScript')} {cardOffered ? t('needsJavaScriptCard') : null}
        </p>
      )}
    </section>
  );
}

function Buttons({ orderRef, checkout }: Pick<Props, 'orderRef' | 'checkout'>) {
  const t = useTranslations('payment.paypal');
  const router = useRouter();
  const [{ isPending, isRejected }] = usePayPalScriptReducer();
  const [error, setError] = useState<string>();
  const [finishing, startFinishing] = useTransition();

  /** A server step's answer: the page is refreshed when the order moved on; otherwise the words. */
  const follow = (step: PayPalStep) => {
    if (step.kind === 'done') startFinishing(() => router.refresh());
    else if (step.kind !== 'created') setError(step.message);
  };

  const shopCollects: Pick<PayPalButtonsComponentProps, 'createOrder' | 'onApprove'> = {
    async createOrder() {
      setError(undefined);
      const step = await startPayPalAction(orderRef);
      if (step.kind !== 'created') {
        follow(step);
        throw new Error('no PayPal order');
      }
      return step.paypalOrderId;
    },
    async onApprove(data, actions) {
      const step = await capturePayPalAction(orderRef, data.orderID);
      if (step.kind === 'restart') {
        setError(step.message);
        return actions.restart();
      }
      follow(step);
    },
  };

  const providerCollects: Pick<PayPalButtonsComponentProps, 'createOrder' | 'onApprove'> = {
    createOrder(_data, actions) {
      setError(undefined);
      return actions.order.create({
        intent: 'CAPTURE',
        purchase_units: [{ reference_id: orderRef, amount: { currency_code: checkout.currency, value: checkout.amount } }],
      });
    },
    async onApprove(data, actions) {
      let captured: CapturedOrder | undefined;
      try {
        captured = (await actions.order?.capture()) as CapturedOrder | undefined;
      } catch (failure) {
        if (!wasDeclined(failure)) throw failure;
        captured = { details: [{ issue: DECLINED }] };
      }
      if (wasDeclined(captured)) {
        setError(t('declined'));
        return actions.restart();
      }
      const capture = captured?.purchase_units?.[0]?.payments?.captures?.[0];
      if (!capture) throw new Error('PayPal answered no capture');
      follow(
        await reportPayPalCaptureAction(orderRef, {
          paypalOrderId: data.orderID,
          captureId: capture.id,
          status: capture.status,
          value: capture.amount.value,
          currency: capture.amount.currency_code,
        }),
      );
    },
  };

  return (
    <div className="space-y-3">
      <FormAlert title={t('errorTitle')} message={isRejected ? t('notLoaded') : error} />
      <p role="status" className="text-sm text-slate-700 empty:hidden">
        {isPending ? t('loading') : finishing ? t('paying') : ''}
      </p>
      {isPending || isRejected ? null : (
        <PayPalButtons
          style={{ layout: 'vertical', label: 'paypal' }}
          disabled={finishing}
          {...(checkout.collects === 'shop' ? shopCollects : providerCollects)}
          onCancel={() => setError(t('cancelled'))}
          onError={() => setError((current) => current ?? t('unavailable'))}
        />
      )}
    </div>
  );
}
