'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { emailOrderLink } from '@/lib/orders';
import type { FindOrderField, FindOrderState } from '@/components/find-order/find-order-state';

const findOrderSchema = z.object({
  orderNo: z.string({ error: 'orderNo' }).trim().regex(/^[A-Za-z0-9_-]{4,64}$/, 'orderNo'),
  email: z.string({ error: 'email' }).trim().max(254, 'email').pipe(z.email({ error: 'email' })),
});

/** E-mails an order's link when number and address match; answers the same words either way. */
export async function findOrderAction(_previous: FindOrderState, formData: FormData): Promise<FindOrderState> {
  const t = await getTranslations('findOrder');
  const raw = { orderNo: formData.get('orderNo'), email: formData.get('email') };
  const values = { orderNo: typeof raw.orderNo === 'string' ? raw.orderNo : '', email: typeof raw.email === 'string' ? raw.email : '' };
  const parsed = findOrderSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: FindOrderState['fieldErrors'] = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as FindOrderField] ??= t(`errors.${issue.message}`);
    return { values, fieldErrors, formError: t('errors.fixFields') };
  }
  const outcome = await emailOrderLink(parsed.data.orderNo, parsed.data.email);
  if (outcome.kind === 'limited') {
    const common = await getTranslations('common');
    return { values, fieldErrors: {}, formError: common('rateLimited', { seconds: outcome.retryAfterSeconds }) };
  }
  return { values, fieldErrors: {}, answer: t('sent') };
}
