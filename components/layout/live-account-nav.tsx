'use client';

import Link from 'next/link';
import { signOutAction } from '@/components/account/actions';
import { ACCOUNT_LINK_CLASS } from '@/components/layout/account-link-class';
import { usePageChrome } from '@/components/layout/use-page-chrome';

export type AccountNavLabels = { signIn: string; myEsims: string; signOut: string };

/**
 * The account links of a cached page: the page is the same for everyone, so the browser asks who
 * is signed in. Until it knows, the place stays empty rather than offer the wrong link.
 */
export function LiveAccountNav({ locale, labels }: { locale: string; labels: AccountNavLabels }) {
  const chrome = usePageChrome(locale);
  if (chrome === undefined) return null;
  if (!chrome?.account) {
    return (
      <Link href="/sign-in" prefetch={false} className={ACCOUNT_LINK_CLASS}>
        {labels.signIn}
      </Link>
    );
  }
  return (
    <>
      <Link href="/my-esims" prefetch={false} className={ACCOUNT_LINK_CLASS}>
        {labels.myEsims}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={`${ACCOUNT_LINK_CLASS} min-h-6`} title={chrome.account.signedInAs}>
          {labels.signOut}
        </button>
      </form>
    </>
  );
}
