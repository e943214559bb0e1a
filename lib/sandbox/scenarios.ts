import type { Fault, SandboxState, Scenario } from '@/lib/sandbox/records';

/** The path of an `addLatency` that applies to every endpoint. */
export const ALL_PATHS = '*';

/** Counts one use down; false once it is used up. */
function countDown(scenario: Scenario): boolean {
  if (scenario.remaining === null) return true;
  scenario.remaining -= 1;
  return scenario.remaining > 0;
}

/** Consumes the oldest fault of `path`, whatever its kind: faults of a path queue up in the order they were set. */
export function takeFault(state: SandboxState, path: string): Fault | undefined {
  const index = state.scenarios.findIndex((scenario) => scenario.kind !== 'latency' && scenario.path === path);
  const fault = state.scenarios[index];
  if (!fault || fault.kind === 'latency') return undefined;
  if (!countDown(fault)) state.scenarios.splice(index, 1);
  return fault;
}

/** Consumes one use of every latency matching `path` and returns their sum: latencies add up. */
export function takeLatency(state: SandboxState, path: string): number {
  let total = 0;
  // Backwards, so removing a used-up entry does not skip the next one.
  for (let index = state.scenarios.length - 1; index >= 0; index -= 1) {
    const scenario = state.scenarios[index];
    if (scenario?.kind !== 'latency' || (scenario.path !== path && scenario.path !== ALL_PATHS)) continue;
    total += scenario.ms;
    if (!countDown(scenario)) state.scenarios.splice(index, 1);
  }
  return total;
}

export function clearScenarios(state: SandboxState): void {
  state.scenarios.length = 0;
}
