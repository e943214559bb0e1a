import { getLocale, getTranslations } from 'next-intl/server';
import { describeScenario } from '@/components/staff/scenario-summary';
import { formatMinutes, formatList } from '@/lib/i18n/format';
import { getInAppSandbox, sandboxEnabled } from '@/lib/sandbox/in-app';
import { DEFAULT_PREORDER_TIMEOUT_MINUTES } from '@/lib/sandbox/state';

/** On every page while the sandbox is steered, so nobody mistakes a forced answer for a real fault. */
export async function ScenarioBanner() {
  if (!sandboxEnabled()) return null;
  const { scenarios, preOrderTimeoutMinutes, freeProfiles } = getInAppSandbox().control.banner();
  const [t, root, locale] = await Promise.all([getTranslations('staff.scenarios'), getTranslations(), getLocale()]);
  const summary = [
    ...scenarios.map((scenario) => describeScenario(scenario, root, locale)),
    ...(preOrderTimeoutMinutes < DEFAULT_PREORDER_TIMEOUT_MINUTES
      ? [t('summary.preOrderTimeout', { duration: formatMinutes(preOrderTimeoutMinutes, locale) })]
      : []),
    ...(freeProfiles === 0 ? [t('summary.noFreeProfile')] : []),
  ];
  if (summary.length === 0) return null;
  return (
    <div role="note" data-testid="scenario-banner" className="bg-amber-300 px-4 py-1 text-center text-sm text-amber-950">
      {t('banner', { summary: formatList(summary, locale) })}
    </div>
  );
}
