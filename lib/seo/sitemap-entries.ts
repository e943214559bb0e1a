import 'server-only';
import type { MetadataRoute } from 'next';
import { getCountries, getCountryPackages } from '@/lib/catalog';
import { isProviderFailure } from '@/lib/catalog/provider-failure';
import { mapWithLimit } from '@/lib/map-with-limit';
import { catalogAlternates } from '@/lib/seo/catalog-alternates';
import { locales } from '@/lib/i18n/locales';

/** As the home page's list does: a slow provider must not get a call per country at once. */
const LIST_CALLS_AT_ONCE = 12;

/**
 * Every language's home, destination and package pages, each with its other languages. The
 * addresses do not depend on the language, so the provider is asked in English only. A country
 * whose packages cannot be read just now is listed without them: the next crawl finds them.
 */
export async function sitemapEntries(shopUrl: string): Promise<MetadataRoute.Sitemap> {
  const countries = await getCountries('en');
  const packageIds = new Set<number>();
  await mapWithLimit(countries, LIST_CALLS_AT_ONCE, async (country) => {
    try {
      for (const pkg of await getCountryPackages(country.mcc, 'en')) packageIds.add(pkg.id);
    } catch (error) {
      if (!isProviderFailure(error)) throw error;
    }
  });
  const pages = ['', ...countries.map(({ mcc }) => `/countries/${mcc}`), ...[...packageIds].sort((a, b) => a - b).map((id) => `/packages/${id}`)];
  return pages.flatMap((rest) =>
    locales.map((locale) => {
      const { canonical, languages } = catalogAlternates(locale, rest);
      const absolute = (path: string) => `${shopUrl}${path}`;
      return {
        url: absolute(canonical),
        alternates: { languages: Object.fromEntries(Object.entries(languages).map(([tag, path]) => [tag, absolute(path)])) },
      };
    }),
  );
}
