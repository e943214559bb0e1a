import { randomBytes } from 'node:crypto';
import type { CardPaymentProvider, ChargeResult, DeclineReason } from '@/lib/payments/payment-provider';

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

/**
 * The built-in payment provider: no money moves; the card number decides the outcome. Its ledger
 * lives in the shop's process, like the in-app sandbox: after a crash it knows no charge, which is
 * true of a sandbox whose every charge died with it.
 */
export function createSandboxPaymentProvider(): CardPaymentProvider & { refunds: ReadonlySet<string> } {
  const refunds = new Set<string>();
  const charges = new Map<string, ChargeResult>();
  return {
    name: 'sandbox',
    refunds,
    async charge({ attemptId, card }): Promise<ChargeResult> {
      const earlier = charges.get(attemptId);
      if (earlier) return earlier;
      const paymentId = `sbx_pi_${randomBytes(12).toString('hex')}`;
      const number = card.number.replace(/\D/g, '');
      const result: ChargeResult =
        number === SANDBOX_CARDS.succeeds
          ? { status: 'succeeded', paymentId }
          : { status: 'declined', paymentId, reason: DECLINES[number] ?? 'card_not_accepted' };
      charges.set(attemptId, result);
      return result;
    },
    async lookup({ id }) {
      const charge = charges.get(id);
      if (!charge) return null;
      return charge.status === 'succeeded' ? charge : { status: 'declined', reason: charge.reason };
    },
    async refund(paymentId) {
      refunds.add(paymentId);
      return true;
    },
  };
}
