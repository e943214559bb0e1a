import { isInstrumentDeclined, PayPalError } from '@/lib/paypal/errors';
import type { PayPalCapture, PayPalClient } from '@/lib/paypal/orders-client';
import type { PaymentLookup, PaymentProvider } from '@/lib/payments/payment-provider';

/**
 * PayPal as a payment method. Who collects decides what the shop can do: with its own REST
 * credentials (`api`) it creates, captures, reads and refunds; when the eSIM provider's PayPal app
 * collects (the pre-order's clientId), the browser captures and the shop can only record the
 * capture it was told of: it can neither read nor refund it.
 */
export type PayPalPaymentProvider = PaymentProvider & {
  readonly collects: 'provider' | 'shop';
  readonly api: PayPalClient | undefined;
};

/** A capture's status in the shop's terms: paid, held by PayPal, or failed for good. */
export function captureOutcome(capture: Pick<PayPalCapture, 'status'>): 'succeeded' | 'pending' | 'failed' {
  if (capture.status === 'COMPLETED') return 'succeeded';
  if (capture.status === 'PENDING') return 'pending';
  return 'failed';
}

export function createPayPalPaymentProvider(api: PayPalClient | undefined): PayPalPaymentProvider {
  return {
    name: api ? 'paypal (shop collects)' : 'paypal (provider collects)',
    collects: api ? 'shop' : 'provider',
    api,
    async lookup({ status, paypalOrderId, providerPaymentId, digits }): Promise<PaymentLookup | null> {
      if (!api) {
        // The provider's PayPal app collected: the shop cannot read its captures, so what the
        // browser reported stands (recorded with the payment). A held capture stays held here.
        if (!providerPaymentId) return null;
        return { status: status === 'pending' ? 'pending' : 'succeeded', paymentId: providerPaymentId };
      }
      const capture = providerPaymentId
        ? await api.getCapture(providerPaymentId, digits)
        : paypalOrderId
          ? (await api.getOrder(paypalOrderId, digits)).capture
          : null;
      // Never captured (the capture call never reached PayPal): nothing was taken.
      if (!capture) return null;
      const outcome = captureOutcome(capture);
      if (outcome === 'failed') return { status: 'declined', reason: `paypal_${capture.status.toLowerCase()}` };
      return { status: outcome, paymentId: capture.captureId };
    },
    async refund(captureId) {
      if (!api) return false;
      try {
        // The capture id keys the refund: however often it is asked for, PayPal refunds once.
        await api.refundCapture(captureId, `refund-${captureId}`);
      } catch (error) {
        // Refunded before (by an earlier pass whose answer was lost): done all the same.
        if (!(error instanceof PayPalError && error.issue === 'CAPTURE_FULLY_REFUNDED')) throw error;
      }
      return true;
    },
  };
}

export { isInstrumentDeclined };
