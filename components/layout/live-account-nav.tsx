'use client';

import { AccountLinks, type AccountLinkLabels } from '@/components/layout/account-links';
import { usePageChrome } from '@/components/layout/use-page-chrome';

const cell = 'col-start-1 row-start-1 flex items-center gap-x-4';
const sizer = `${cell} invisible text-sm font-medium`;

/**
 * The account links of a cached page: the page is the same for everyone, so the browser asks who
 * is signed in. Until it knows, the place stays empty rather than offer the wrong link, but keeps
 * the size of either answer: on a phone the links arriving would otherwise wrap the header onto
 * another line and push the page down (a layout shift of 0.12 on home and country).
 */
export function LiveAccountNav({ locale, labels }: { locale: string; labels: AccountLinkLabels }) {
  const chrome = usePageChrome(locale);
  return (
    <span className="inline-grid">
      <span aria-hidden="true" className={sizer}>
        {labels.signIn}
      </span>
      <span aria-hidden="true" className={sizer}>
        <span>{labels.myEsims}</span>
        <span>{labels.signOut}</span>
      </span>
      {chrome !== undefined ? (
        <span className={cell}>
          <AccountLinks labels={labels} signedInAs={chrome?.account?.signedInAs ?? null} />
        </span>
      ) : null}
    </span>
  );
}
