import { formatCount, formatMilliseconds } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import type { SandboxSnapshot } from '@/lib/sandbox';

type Scenario = SandboxSnapshot['scenarios'][number];

/** One line per scenario, for the banner and the console; `t` is a root translator. */
export function describeScenario(scenario: Scenario, t: Translate, locale: string): string {
  const remaining =
    scenario.remaining === null ? t('staff.scenarios.summary.untilCleared') : t('staff.scenarios.summary.left', { count: formatCount(scenario.remaining, locale) });
  const { path } = scenario;
  switch (scenario.kind) {
    case 'code':
      // A business code is an identifier: never grouped like 10,008.
      return t('staff.scenarios.summary.code', { path, code: String(scenario.code), remaining });
    case 'latency':
      return t('staff.scenarios.summary.latency', { path, latency: formatMilliseconds(scenario.ms ?? 0, locale), remaining });
    case 'timeout':
      return t('staff.scenarios.summary.timeout', { path, remaining });
    default:
      return t('staff.scenarios.summary.malformed', { path, kind: scenario.malformedKind ?? 'malformed', remaining });
  }
}
