'use client';

import {
  PayPalButtons,
  PayPalScriptProvider,
  usePayPalScriptReducer,
  type PayPalButtonsComponentProps,
} from '@paypal/react-paypal-js';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { capturePayPalAction, reportPayPalCaptureAction, startPayPalAction } from '@/components/payment/paypal-actions';
import type { PayPalStep } from '@/components/payment/paypal-step';
import type { PayPalCheckout as Checkout } from '@/lib/orders';

type Props = {
  orderRef: string;
  checkout: Checkout;
  /** The page's CSP nonce, given to the SDK's script (PayPal's `data-csp-nonce`). */
  nonce: string | undefined;
};

type Capture = { id: string; status: string; amount: { value: string; currency_code: string } };
type CapturedOrder = { purchase_units?: { payments?: { captures?: Capture[] } }[]; details?: { issue?: string }[] };

const DECLINED = 'INSTRUMENT_DECLINED';

/** Whether a browser-side capture failed because the buyer's funding source was declined. */
function wasDeclined(result: unknown): boolean {
  if (result instanceof Error) return result.message.includes(DECLINED);
  return (result as CapturedOrder | undefined)?.details?.some((detail) => detail.issue === DECLINED) ?? false;
}

/**
 * PayPal's SDK and buttons (JS SDK v5 through @paypal/react-paypal-js), loaded by PayPalCheckout once
 * the page runs scripts and its policy allows the SDK: their code is a chunk of its own, so the order
 * page shows its confirmation without waiting for it.
 */
export function PayPalButtonsWithSdk({ orderRef, checkout, nonce }: Props) {
  return (
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
  );
}

function Buttons({ orderRef, checkout }: Omit<Props, 'nonce'>) {
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
