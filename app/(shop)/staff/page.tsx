import { getTranslations } from 'next-intl/server';
import { EnvironmentPanel } from '@/components/staff/environment-panel';
import { FlowCheckPanel } from '@/components/staff/flow-check-panel';
import { ScenarioPanel } from '@/components/staff/scenario-panel';
import { getEnv } from '@/lib/env';
import { requireStaffPage } from '@/lib/staff';

export const dynamic = 'force-dynamic';

export default async function StaffOverviewPage() {
  await requireStaffPage();
  const t = await getTranslations('staff');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <EnvironmentPanel />
      <FlowCheckPanel sandbox={getEnv().sandbox} />
      <ScenarioPanel />
    </div>
  );
}
