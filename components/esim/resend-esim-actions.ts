'use server';

import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isOrderRef, resendEsim } from '@/lib/orders';

export type ResendState = { sent?: string; error?: string };

/** "E-mail my eSIM again", from the order page: the reference in its address is the proof. */
export async function resendEsimAction(orderRef: string): Promise<ResendState> {
  if (typeof orderRef !== 'string' || !isOrderRef(orderRef)) notFound();
  const t = await getTranslations('esim.resend');
  const outcome = await resendEsim(orderRef);
  switch (outcome.kind) {
    case 'queued':
      return { sent: t('sent') };
    case 'not_found':
      notFound();
    case 'not_ready':
      return { error: t('notReady') };
    case 'limited':
      return { error: t('limited', { minutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)) }) };
  }
}
