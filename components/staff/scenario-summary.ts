import type { SandboxSnapshot } from '@/lib/sandbox/snapshot';

type Scenario = SandboxSnapshot['scenarios'][number];

/** One line per scenario, for the banner and the console. */
export function describeScenario(scenario: Scenario): string {
  const left = scenario.remaining === null ? 'until cleared' : `${scenario.remaining} left`;
  switch (scenario.kind) {
    case 'code':
      return `${scenario.path} answers code ${scenario.code} (${left})`;
    case 'latency':
      return `${scenario.path} +${scenario.ms} ms (${left})`;
    case 'timeout':
      return `${scenario.path} times out (${left})`;
    default:
      return `${scenario.path} answers ${scenario.malformedKind ?? 'malformed'} (${left})`;
  }
}
