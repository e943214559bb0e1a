'use server';

import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getPreferences } from '@/lib/catalog/preferences';
import { finishPayPalPayment, isOrderRef, reportPayPalCapture, startPayPalPayment, type PayPalOutcome } from '@/lib/orders';
import type { PayPalStep } from '@/components/payment/paypal-step';

/** PayPal's order and capture ids: letters and digits (17 today); anything else is not PayPal's. */
const paypalId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

const browserCaptureSchema = z.object({
  paypalOrderId: paypalId,
  captureId: paypalId,
  status: z.string().regex(/^[A-Z_]{1,32}$/),
  value: z.string().regex(/^\d{1,12}(\.\d{1,6})?$/),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

function checkRef(orderRef: unknown): string {
  if (typeof orderRef !== 'string' || !isOrderRef(orderRef)) notFound();
  return orderRef;
}

/** The step's answer in the customer's words; `again`: they may pay again on the same page. */
async function toStep(outcome: PayPalOutcome): Promise<PayPalStep> {
  const t = await getTranslations('payment.paypal');
  switch (outcome.kind) {
    case 'created':
      return { kind: 'created', paypalOrderId: outcome.paypalOrderId };
    case 'captured':
      return { kind: 'done' };
    case 'not_found':
      notFound();
    case 'not_payable':
      // A second tab or click: the first payment carries on; the order page shows where it stands.
      return outcome.stage.kind === 'paying' ? { kind: 'error', message: t('inProgress') } : { kind: 'done' };
    case 'instrument_declined':
      return { kind: 'restart', message: t('declined') };
    case 'not_yours':
      return { kind: 'error', message: t('notYours') };
    case 'mismatch':
      return { kind: 'error', message: t('mismatch') };
    case 'unavailable':
      return { kind: 'error', message: t('unavailable') };
    case 'failed':
      return { kind: 'error', message: t('failed') };
    case 'rate_limited': {
      const common = await getTranslations('common');
      return { kind: 'error', message: common('rateLimited', { seconds: outcome.retryAfterSeconds }) };
    }
  }
}

/** Shop collects: the PayPal order for the buttons, for exactly the pre-order's amount. */
export async function startPayPalAction(orderRef: string): Promise<PayPalStep> {
  return toStep(await startPayPalPayment(checkRef(orderRef)));
}

/** Shop collects: captures the approved PayPal order on the server, checks it and reports it. */
export async function capturePayPalAction(orderRef: string, paypalOrderId: string): Promise<PayPalStep> {
  const ref = checkRef(orderRef);
  const parsed = paypalId.safeParse(paypalOrderId);
  if (!parsed.success) return toStep({ kind: 'not_yours' });
  const { locale } = await getPreferences();
  return toStep(await finishPayPalPayment(ref, parsed.data, locale));
}

/** Provider collects: the capture the browser made, checked against the order and reported. */
export async function reportPayPalCaptureAction(orderRef: string, capture: unknown): Promise<PayPalStep> {
  const ref = checkRef(orderRef);
  const parsed = browserCaptureSchema.safeParse(capture);
  if (!parsed.success) return toStep({ kind: 'mismatch' });
  const { locale } = await getPreferences();
  return toStep(await reportPayPalCapture(ref, parsed.data, locale));
}
