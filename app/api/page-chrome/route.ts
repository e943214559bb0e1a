import { getTranslations } from 'next-intl/server';
import { NextResponse, type NextRequest } from 'next/server';
import { scenarioBannerText } from '@/components/layout/scenario-banner-text';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import type { PageChrome } from '@/lib/page-chrome';
import { getSignedInCustomer } from '@/lib/session/customer-session';

/**
 * The parts of the cached catalog pages that differ per visitor, in the page's language. Private
 * to this browser: never stored by a cache on the way.
 */
export async function GET(request: NextRequest) {
  const asked = request.nextUrl.searchParams.get('locale');
  const locale = isLocale(asked) ? asked : defaultLocale;
  const [banner, customer, t] = await Promise.all([
    scenarioBannerText(locale),
    getSignedInCustomer(),
    getTranslations({ locale, namespace: 'account' }),
  ]);
  const body: PageChrome = { banner, account: customer ? { signedInAs: t('signedInAs', { email: customer.email }) } : null };
  return NextResponse.json(body, { headers: { 'Cache-Control': 'private, no-store' } });
}
