import { randomBytes } from 'node:crypto';
import type { ChargeResult, DeclineReason, PaymentProvider } from '@/lib/payments/payment-provider';

/** Test cards of the sandbox, in the style every card sandbox uses. */
export const SANDBOX_CARDS = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

const DECLINES: Record<string, DeclineReason> = {
  [SANDBOX_CARDS.declined]: 'card_declined',
  [SANDBOX_CARDS.insufficientFunds]: 'insufficient_funds',
};

/** The built-in payment provider: no money moves; the card number decides the outcome. */
export function createSandboxPaymentProvider(): PaymentProvider & { refunds: ReadonlySet<string> } {
  const refunds = new Set<string>();
  return {
    name: 'sandbox',
    refunds,
    async charge({ card }): Promise<ChargeResult> {
      const paymentId = `sbx_pi_${randomBytes(12).toString('hex')}`;
      const number = card.number.replace(/\D/g, '');
      if (number === SANDBOX_CARDS.succeeds) return { status: 'succeeded', paymentId };
      return { status: 'declined', paymentId, reason: DECLINES[number] ?? 'card_not_accepted' };
    },
    async refund(paymentId) {
      refunds.add(paymentId);
    },
  };
}
