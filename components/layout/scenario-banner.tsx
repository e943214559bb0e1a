import { getTranslations } from 'next-intl/server';
import { describeScenario } from '@/components/staff/scenario-summary';
import { getInAppSandbox, sandboxEnabled } from '@/lib/sandbox/in-app';
import { DEFAULT_PREORDER_TIMEOUT_MINUTES } from '@/lib/sandbox/state';

/** On every page while the sandbox is steered, so nobody mistakes a forced answer for a real fault. */
export async function ScenarioBanner() {
  if (!sandboxEnabled()) return null;
  const { scenarios, preOrderTimeoutMinutes, freeProfiles } = getInAppSandbox().control.banner();
  const summary = [
    ...scenarios.map(describeScenario),
    ...(preOrderTimeoutMinutes < DEFAULT_PREORDER_TIMEOUT_MINUTES ? [`pre-order timeout ${preOrderTimeoutMinutes} min`] : []),
    ...(freeProfiles === 0 ? ['no free eSIM profile'] : []),
  ];
  if (summary.length === 0) return null;
  const t = await getTranslations('staff.scenarios');
  return (
    <div role="note" data-testid="scenario-banner" className="bg-amber-300 px-4 py-1 text-center text-sm text-amber-950">
      {t('banner', { summary: summary.join('; ') })}
    </div>
  );
}
