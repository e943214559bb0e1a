import { getTranslations } from 'next-intl/server';
import { CallLogTable } from '@/components/staff/call-log-table';
import { getCallLogStore } from '@/lib/call-log';
import { callFilterSchema, filterErrors, requireStaffPage } from '@/lib/staff';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffCallsPage({ searchParams }: Props) {
  await requireStaffPage();
  const t = await getTranslations('staff.calls');
  const raw = await searchParams;
  const parsed = callFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const store = getCallLogStore();
  const [endpoints, initial] = await Promise.all([
    store.endpoints(),
    store.list({ endpoint: filter.endpoint, code: filter.code, orderRef: filter.order, limit: 200 }),
  ]);
  const query = { endpoint: filter.endpoint, code: filter.code?.toString(), order: filter.order };
  const exportQuery = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const field = 'block w-full rounded-md border border-slate-400 bg-white px-2 py-1';

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <form method="get" aria-label={t('filters')} className="grid gap-3 rounded-lg bg-white p-3 sm:grid-cols-4 sm:items-end">
        <div>
          <label htmlFor="filter-endpoint" className="block text-sm font-medium">{t('endpoint')}</label>
          <select id="filter-endpoint" name="endpoint" defaultValue={filter.endpoint ?? ''} className={field}>
            <option value="">{t('any')}</option>
            {endpoints.map((endpoint) => (
              <option key={endpoint} value={endpoint}>{endpoint}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-code" className="block text-sm font-medium">{t('code')}</label>
          <input id="filter-code" name="code" defaultValue={filter.code?.toString() ?? ''} className={field} aria-describedby="filter-error" />
        </div>
        <div>
          <label htmlFor="filter-order" className="block text-sm font-medium">{t('order')}</label>
          <input id="filter-order" name="order" defaultValue={filter.order ?? ''} className={field} aria-describedby="filter-error" />
        </div>
        <button type="submit" className="min-h-9 rounded-md bg-slate-800 px-3 py-1 font-semibold text-white">
          {t('apply')}
        </button>
        <p id="filter-error" role="alert" className="text-sm text-red-700 sm:col-span-4 empty:sr-only">
          {parsed.success ? '' : filterErrors(parsed.error.issues).map((field) => t(`filterErrors.${field}`)).join(' ')}
        </p>
      </form>
      <p className="flex flex-wrap gap-4 text-sm">
        <span className="text-slate-600">{t('live')}</span>
        <a href={`/api/staff/export?format=json&${exportQuery}`} className="text-brand-700 underline" download>
          {t('exportJson')}
        </a>
        <a href={`/api/staff/export?format=md&${exportQuery}`} className="text-brand-700 underline" download>
          {t('exportReport')}
        </a>
      </p>
      <CallLogTable filter={query} initial={initial} />
    </div>
  );
}
