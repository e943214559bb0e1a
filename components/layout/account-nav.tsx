import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/components/account/actions';
import { ACCOUNT_LINK_CLASS as linkClass } from '@/components/layout/account-link-class';
import { getSignedInCustomer } from '@/lib/session/customer-session';

export async function AccountNav() {
  const [t, customer] = await Promise.all([getTranslations('account'), getSignedInCustomer()]);
  if (!customer) {
    return (
      <Link href="/sign-in" prefetch={false} className={linkClass}>
        {t('signIn')}
      </Link>
    );
  }
  return (
    <>
      <Link href="/my-esims" prefetch={false} className={linkClass}>
        {t('myEsims')}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={`${linkClass} min-h-6`} title={t('signedInAs', { email: customer.email })}>
          {t('signOut')}
        </button>
      </form>
    </>
  );
}
