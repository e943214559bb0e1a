import 'server-only';
import type { Locale } from '@/lib/i18n/locales';
import { getLinksfield, type LinksfieldClient } from '@/lib/linksfield';
import type { EsimDetail } from '@/lib/linksfield/types';

/** The eSIM of a paid order, or null when the provider cannot give it right now (the page says so). */
export async function loadEsim(
  orderId: number,
  locale: Locale,
  client: Pick<LinksfieldClient, 'getEsimDetail'> = getLinksfield(),
  customerToken?: string,
): Promise<EsimDetail | null> {
  try {
    return await client.getEsimDetail(orderId, locale, { customerToken });
  } catch (error) {
    if (customerToken) throw error;
    return null;
  }
}
