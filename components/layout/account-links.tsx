import Link from 'next/link';
import { signOutAction } from '@/components/account/actions';

export type AccountLinkLabels = { signIn: string; myEsims: string; signOut: string };

// At least 24 px tall, link and button alike (WCAG 2.5.8), so that they also line up.
const linkClass = 'inline-flex min-h-6 items-center text-sm font-medium text-slate-700 underline-offset-4 hover:underline';

/**
 * The header's account links, whoever knows who is signed in: the server (`AccountNav`) or, on a
 * cached page, the browser (`LiveAccountNav`). `signedInAs` is null for a visitor.
 */
export function AccountLinks({ labels, signedInAs }: { labels: AccountLinkLabels; signedInAs: string | null }) {
  if (signedInAs === null) {
    return (
      <Link href="/sign-in" prefetch={false} className={linkClass}>
        {labels.signIn}
      </Link>
    );
  }
  return (
    <>
      <Link href="/my-esims" prefetch={false} className={linkClass}>
        {labels.myEsims}
      </Link>
      {/* A flex form: a block one puts its button on a text line, a few pixels below the link. */}
      <form action={signOutAction} className="flex">
        <button type="submit" className={linkClass} title={signedInAs}>
          {labels.signOut}
        </button>
      </form>
    </>
  );
}
