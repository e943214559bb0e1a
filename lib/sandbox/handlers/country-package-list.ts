import { countriesOnSale } from '@/lib/sandbox/catalog-queries';
import { intOneOf, optionalInt } from '@/lib/sandbox/fields';
import { requirePartner, type HandlerContext, type SandboxRoute } from '@/lib/sandbox/handlers/context';
import { countryView, type CountryView } from '@/lib/sandbox/views';

function countryPackageList({ body, state, language }: HandlerContext): CountryView[] {
  requirePartner(body, state);
  const type = intOneOf(body, 'type', [1, 2] as const, 1);
  const countryCode = optionalInt(body, 'countryCode');
  return countriesOnSale(state.catalog, type)
    .filter((country) => countryCode === undefined || country.mcc === countryCode)
    .map((country) => countryView(country, language));
}

/** `/package/countryPackageList`: the countries on sale. No token needed. */
export const countryPackageListRoute: SandboxRoute = { auth: false, handle: countryPackageList };
