import { isForceableCode, FORCEABLE_CODES } from '@/lib/sandbox/forced-codes';
import { SANDBOX_ROUTES } from '@/lib/sandbox/handlers/routes';
import { SANDBOX_LIMITS, wholeNumberProblem } from '@/lib/sandbox/limits';
import { closeOrder, refreshOrder, settleTimeouts } from '@/lib/sandbox/order-lifecycle';
import { normalizeSandboxPath } from '@/lib/sandbox/paths';
import { snapshotOf, type SandboxSnapshot } from '@/lib/sandbox/snapshot';
import { resetSandboxState, type SandboxState } from '@/lib/sandbox/state';

/**
 * A refused control call. `status` is what an HTTP front answers: 400 bad input, 404 unknown
 * order, 409 an order in the wrong state.
 */
export class SandboxControlError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
    this.name = 'SandboxControlError';
  }
}

/** Test and staff controls of one sandbox. Every call acts at the sandbox's `now()`. */
export type SandboxControl = {
  /** The next `count` POSTs to `path` answer `code` (message in both languages) without being handled. Queued per path. */
  forceCode(path: string, code: number, count: number): void;
  /** Applies to orders already waiting too; those past the old deadline stay timed out. */
  setPreOrderTimeoutMinutes(minutes: number): void;
  /** Times a reserved order out now (its profile goes back to the pool); a no-op on one already timed out. */
  expireOrder(orderId: number): void;
  /** Sets the number of free profiles; 0 empties the pool. Profiles held by orders are not touched. */
  setProfilePool(size: number): void;
  /** Back to the seed: catalog, accounts, tokens (only acceptedTokens stay valid), orders, sequences, settings, pool, forced codes. */
  reset(): void;
  /** Plain JSON data of the orders, pool and forced codes; no activation codes. */
  snapshot(): SandboxSnapshot;
};

export const FORCEABLE_PATHS: readonly string[] = [...SANDBOX_ROUTES.keys()];

function checkWholeNumber(name: keyof typeof SANDBOX_LIMITS, label: string, value: number): void {
  const problem = wholeNumberProblem(label, value, SANDBOX_LIMITS[name]);
  if (problem) throw new SandboxControlError(problem);
}

export function createSandboxControl(state: SandboxState): SandboxControl {
  return {
    forceCode(path, code, count) {
      const normalized = normalizeSandboxPath(path);
      if (!SANDBOX_ROUTES.has(normalized)) {
        throw new SandboxControlError(`path: ${path} is not a sandbox endpoint; one of ${FORCEABLE_PATHS.join(', ')}`);
      }
      if (!isForceableCode(code)) {
        throw new SandboxControlError(`code: ${String(code)} cannot be forced; one of ${FORCEABLE_CODES.join(', ')}`);
      }
      checkWholeNumber('forceCount', 'count', count);
      state.forcedCodes.push({ path: normalized, code, remaining: count });
    },
    setPreOrderTimeoutMinutes(minutes) {
      checkWholeNumber('preOrderTimeoutMinutes', 'minutes', minutes);
      // Orders already past the old deadline have timed out, whatever the new setting says.
      settleTimeouts(state, state.now());
      state.settings.preOrderTimeoutMinutes = minutes;
    },
    expireOrder(orderId) {
      const now = state.now();
      const order = Number.isSafeInteger(orderId) ? state.orders.get(orderId) : undefined;
      if (!order) throw new SandboxControlError(`orderId: no order ${String(orderId)}`, 404);
      refreshOrder(state, order, now);
      if (order.status === 'timed_out') return;
      if (order.status !== 'reserved') {
        throw new SandboxControlError(`orderId: order ${orderId} is ${order.status}, only a reserved order can time out`, 409);
      }
      closeOrder(state, order, 'timed_out', now);
    },
    setProfilePool(size) {
      checkWholeNumber('profilePoolSize', 'size', size);
      // Releases that are already due happen first, so the pool is exactly `size` afterwards.
      settleTimeouts(state, state.now());
      state.profilePool.free = size;
    },
    reset() {
      resetSandboxState(state);
    },
    snapshot() {
      return snapshotOf(state);
    },
  };
}
