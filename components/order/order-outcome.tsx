import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { OrderStage } from '@/lib/orders/order-stage';
import { INTERRUPTED } from '@/lib/orders/settle-reasons';
import { packageAddress } from '@/lib/i18n/addresses';
import { isLocale } from '@/lib/i18n/locales';

const ORDER_AGAIN = new Set<OrderStage['kind']>(['cancelled', 'payment_failed', 'timed_out', 'sold_out', 'report_refused']);
const PROBLEM = new Set<OrderStage['kind']>([...ORDER_AGAIN, 'payment_declined']);

/** What the stage means for the customer, and what to do next. */
export async function OrderOutcome({
  stage,
  packageId,
  esimUnavailable,
  pageHref,
}: {
  stage: OrderStage;
  packageId: number;
  /** Paid and issued, but the provider did not give the eSIM's details just now. */
  esimUnavailable: boolean;
  /** This page, to load again when the eSIM's details could not be read. */
  pageHref: string;
}) {
  const [t, locale] = await Promise.all([getTranslations('stage'), getLocale()]);
  const message =
    stage.kind === 'report_refused'
      ? t('report_refused', { code: stage.code })
      : esimUnavailable
        ? t('esimUnavailable')
        : stage.kind === 'payment_declined' && stage.reason === INTERRUPTED
          ? t('paymentInterrupted')
          : t(stage.kind);
  return (
    <div
      role="status"
      data-testid="order-stage"
      data-stage={stage.kind}
      className={`space-y-3 rounded-lg border p-4 ${PROBLEM.has(stage.kind) ? 'border-red-300 bg-red-50 text-red-900' : 'border-brand-100 bg-brand-50 text-slate-900'}`}
    >
      <p className="font-medium">
        {message}
        {stage.kind === 'timed_out' && stage.refunded ? ` ${t('timedOutRefunded')}` : null}
      </p>
      {esimUnavailable ? (
        // A plain link: the whole page is rendered again, asking the provider once more.
        <a href={pageHref} className="inline-flex min-h-10 items-center rounded-md border border-slate-400 px-4 py-2 hover:bg-slate-100">
          {t('reload')}
        </a>
      ) : null}
      {ORDER_AGAIN.has(stage.kind) ? (
        <Link
          href={packageAddress(isLocale(locale) ? locale : 'en', packageId)}
          className="inline-flex min-h-10 items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t('orderAgain')}
        </Link>
      ) : null}
    </div>
  );
}
