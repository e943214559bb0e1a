import { countryByName, packagesForCountry } from '@/lib/sandbox/catalog-queries';
import { badParameter } from '@/lib/sandbox/errors';
import { intOneOf, optionalInt, optionalString } from '@/lib/sandbox/fields';
import { requirePartner, type HandlerContext, type SandboxRoute } from '@/lib/sandbox/handlers/context';
import { MESSAGES } from '@/lib/sandbox/messages';
import { packageView, type PackageView } from '@/lib/sandbox/views';

function packageList({ body, state, language }: HandlerContext): PackageView[] {
  requirePartner(body, state);
  const type = intOneOf(body, 'type', [1, 2] as const);
  const countryCode = optionalInt(body, 'countryCode');
  const isoCountryName = optionalString(body, 'isoCountryName');
  if (countryCode === undefined && isoCountryName === undefined) throw badParameter(MESSAGES.countryRequired);
  const mcc = countryCode ?? (isoCountryName === undefined ? undefined : countryByName(state.catalog, isoCountryName)?.mcc);
  if (mcc === undefined) return [];
  return packagesForCountry(state.catalog, mcc, type).map((item) => packageView(item, language));
}

/** `/v1.1/package/packageList`: the packages of one country. No token needed. */
export const packageListRoute: SandboxRoute = { auth: false, handle: packageList };
