import 'server-only';
import { getTranslations } from 'next-intl/server';
import { describeScenario } from '@/components/staff/scenario-summary';
import { formatList, formatMinutes } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getInAppSandbox, sandboxEnabled } from '@/lib/in-app-sandbox';
import { DEFAULT_PREORDER_TIMEOUT_MINUTES } from '@/lib/sandbox';

/** What the sandbox is steered to do, in a sentence, or null when it answers as the real API would. */
export async function scenarioBannerText(locale: Locale): Promise<string | null> {
  if (!sandboxEnabled()) return null;
  const { scenarios, preOrderTimeoutMinutes, freeProfiles } = getInAppSandbox().control.banner();
  const [t, root] = await Promise.all([
    getTranslations({ locale, namespace: 'staff.scenarios' }),
    getTranslations({ locale }),
  ]);
  const summary = [
    ...scenarios.map((scenario) => describeScenario(scenario, root, locale)),
    ...(preOrderTimeoutMinutes < DEFAULT_PREORDER_TIMEOUT_MINUTES
      ? [t('summary.preOrderTimeout', { duration: formatMinutes(preOrderTimeoutMinutes, locale) })]
      : []),
    ...(freeProfiles === 0 ? [t('summary.noFreeProfile')] : []),
  ];
  return summary.length === 0 ? null : t('banner', { summary: formatList(summary, locale) });
}
