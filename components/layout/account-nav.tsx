import { getTranslations } from 'next-intl/server';
import { AccountLinks } from '@/components/layout/account-links';
import { getSignedInCustomer } from '@/lib/session/customer-session';

export async function AccountNav() {
  const [t, customer] = await Promise.all([getTranslations('account'), getSignedInCustomer()]);
  return (
    <AccountLinks
      labels={{ signIn: t('signIn'), myEsims: t('myEsims'), signOut: t('signOut') }}
      signedInAs={customer ? t('signedInAs', { email: customer.email }) : null}
    />
  );
}
