import 'server-only';
import { cache } from 'react';
import { getPackageDetail } from '@/lib/catalog';
import type { Locale } from '@/lib/i18n/locales';
import { LinksfieldError, type EsimPackage } from '@/lib/linksfield';

/** Code 2 on the detail call: the id is not on sale. */
const PACKAGE_NOT_FOUND_CODE = 2;

/**
 * The package, or undefined when the provider says it does not exist; other failures propagate.
 * Once per request: the page's title and its body share one call.
 */
export const findPackage = cache(async (idText: string, locale: Locale): Promise<EsimPackage | undefined> => {
  if (!/^[1-9]\d{0,11}$/.test(idText)) return undefined;
  try {
    return await getPackageDetail(Number(idText), locale);
  } catch (error) {
    if (error instanceof LinksfieldError && error.code === PACKAGE_NOT_FOUND_CODE) return undefined;
    throw error;
  }
});
