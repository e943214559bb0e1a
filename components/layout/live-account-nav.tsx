'use client';

import { AccountLinks, type AccountLinkLabels } from '@/components/layout/account-links';
import { usePageChrome } from '@/components/layout/use-page-chrome';

/**
 * The account links of a cached page: the page is the same for everyone, so the browser asks who
 * is signed in. Until it knows, the place stays empty rather than offer the wrong link.
 */
export function LiveAccountNav({ locale, labels }: { locale: string; labels: AccountLinkLabels }) {
  const chrome = usePageChrome(locale);
  if (chrome === undefined) return null;
  return <AccountLinks labels={labels} signedInAs={chrome?.account?.signedInAs ?? null} />;
}
