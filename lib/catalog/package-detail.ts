import 'server-only';
import { getPackageDetail } from '@/lib/catalog';
import type { Locale } from '@/lib/i18n/locales';
import { LinksfieldError, type EsimPackage } from '@/lib/linksfield';

/** Code 2 on the detail call: the id is not on sale. */
const PACKAGE_NOT_FOUND_CODE = 2;

/** The package, or null when the provider says it does not exist; other failures propagate. */
export async function findPackage(idText: string, locale: Locale): Promise<EsimPackage | null> {
  if (!/^[1-9]\d{0,11}$/.test(idText)) return null;
  try {
    return await getPackageDetail(Number(idText), locale);
  } catch (error) {
    if (error instanceof LinksfieldError && error.code === PACKAGE_NOT_FOUND_CODE) return null;
    throw error;
  }
}
