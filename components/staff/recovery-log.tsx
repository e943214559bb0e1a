import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatUtcDateTime } from '@/lib/i18n/format';
import type { RecoveryAction } from '@/lib/store/records';

/** What the recovery pass did, newest first: every order and pre-order it touched, for staff. */
export async function RecoveryLog({
  actions,
  locale,
  title = 'recoveryTitle',
}: {
  actions: RecoveryAction[];
  locale: string;
  /** The heading: the whole log, or one order's part of it. */
  title?: 'recoveryTitle' | 'recoveryOrder';
}) {
  const t = await getTranslations('staff.orders');
  return (
    <section aria-labelledby={`${title}-heading`} className="space-y-2">
      <h2 id={`${title}-heading`} className="text-lg font-semibold">{t(title)}</h2>
      {title === 'recoveryTitle' ? <p className="text-sm">{t('recoveryIntro')}</p> : null}
      {actions.length === 0 ? (
        <p className="text-sm">{t('recoveryEmpty')}</p>
      ) : (
        <ul className="space-y-1 text-sm" data-testid="recovery-log">
          {actions.map((action, index) => (
            <li key={`${action.at}-${index}`} data-action={action.action}>
              <time dateTime={action.at}>{formatUtcDateTime(action.at, locale)}</time> ·{' '}
              {action.orderRef ? (
                <Link href={`/staff/orders/${action.orderRef}`} className="font-mono text-brand-700 underline">
                  {action.orderRef}
                </Link>
              ) : (
                <span className="font-mono">{action.idempotencyKey}</span>
              )}{' '}
              · {t(`recoveryActions.${action.action}`)} · <span className="font-mono text-xs">{action.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
