import type { MalformedKind } from '@/lib/sandbox/answers';
import type { ForceableCode } from '@/lib/sandbox/forced-codes';
import type { SandboxState } from '@/lib/sandbox/state';

/** The path of an `addLatency` that applies to every endpoint. */
export const ALL_PATHS = '*';

/** A call the sandbox answers in place of handling it: a forced code, a hang or a broken body. */
export type Fault =
  | { readonly kind: 'code'; readonly path: string; readonly code: ForceableCode; remaining: number }
  | { readonly kind: 'timeout'; readonly path: string; remaining: number }
  | { readonly kind: 'malformed'; readonly path: string; readonly malformedKind: MalformedKind; remaining: number };

/** Extra delay of the answers of `path` (or every endpoint for `*`); `remaining` null = until cleared. */
export type Latency = { readonly kind: 'latency'; readonly path: string; readonly ms: number; remaining: number | null };

/** One scenario in force, as a staff console or test set it up. */
export type Scenario = Fault | Latency;

export type ScenarioKind = Scenario['kind'];

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
