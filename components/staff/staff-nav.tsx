import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { staffSignOutAction } from '@/components/staff/staff-actions';

const linkClass = 'rounded-md px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-200';

export async function StaffNav() {
  const t = await getTranslations('staff.nav');
  return (
    <nav aria-label={t('label')} className="flex flex-wrap items-center gap-2 rounded-lg bg-slate-100 p-2">
      <Link href="/staff" className={linkClass}>
        {t('overview')}
      </Link>
      <Link href="/staff/calls" className={linkClass}>
        {t('calls')}
      </Link>
      <Link href="/staff/orders" className={linkClass}>
        {t('orders')}
      </Link>
      <Link href="/staff/outbox" className={linkClass}>
        {t('outbox')}
      </Link>
      <form action={staffSignOutAction} className="ml-auto">
        <button type="submit" className={linkClass}>
          {t('signOut')}
        </button>
      </form>
    </nav>
  );
}
