import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield, type LinksfieldClient } from '@/lib/linksfield';
import { withCallContext } from '@/lib/linksfield/call-context';
import type { EsimDetail } from '@/lib/linksfield/types';
import type { OrderRecord } from '@/lib/store/records';

/**
 * The eSIM of a paid order. With the shop's token a failure gives null (the page says the eSIM is on
 * its way); with a customer's token it is thrown, so a code 7 can sign the customer out.
 */
export async function loadEsim(
  order: OrderRecord,
  locale: Locale,
  customerToken?: string,
  client: Pick<LinksfieldClient, 'getEsimDetail'> = getLinksfield(),
): Promise<EsimDetail | null> {
  try {
    return await withCallContext({ orderRef: order.ref }, () =>
      client.getEsimDetail(order.provider.orderId, locale, { customerToken }),
    );
  } catch (error) {
    if (customerToken) throw error;
    return null;
  }
}
