import { isMalformedKind, MALFORMED_KINDS, type MalformedKind } from '@/lib/sandbox/answers';
import { isForceableCode, FORCEABLE_CODES } from '@/lib/sandbox/forced-codes';
import { SANDBOX_ROUTES } from '@/lib/sandbox/handlers/routes';
import { SANDBOX_LIMITS, wholeNumberProblem } from '@/lib/sandbox/limits';
import { closeOrder, refreshOrder, settleTimeouts } from '@/lib/sandbox/order-lifecycle';
import { normalizeSandboxPath } from '@/lib/sandbox/paths';
import { settlePendingCapture } from '@/lib/sandbox/paypal/captures';
import { PAYPAL_SETTLEMENTS, type PayPalSettlement } from '@/lib/sandbox/paypal/records';
import { payPalSnapshotOf, type PayPalSnapshot } from '@/lib/sandbox/paypal/snapshot';
import { repriceCatalog } from '@/lib/sandbox/reprice';
import { ALL_PATHS, clearScenarios } from '@/lib/sandbox/scenarios';
import { bannerOf, snapshotOf, type BannerSnapshot, type SandboxSnapshot } from '@/lib/sandbox/snapshot';
import { resetSandboxState } from '@/lib/sandbox/state';
import type { SandboxState } from '@/lib/sandbox/records';

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
  /**
   * The next `count` POSTs to `path` answer `code` (message in both languages) without being handled.
   * Codes, timeouts and malformed answers of one path queue up together, oldest first.
   */
  forceCode(path: string, code: number, count: number): void;
  /**
   * Delays the answers of `path` (`*`: every endpoint) by `ms` more for the next `count` POSTs, or
   * until cleared without `count`. Adds to the `latencyMs` option and to any other matching latency.
   */
  addLatency(path: string, ms: number, count?: number): void;
  /**
   * The next `count` POSTs to `path` are not handled and get no answer in time: held for
   * `SANDBOX_HOLD_MS` (then a 504 page), or until the client disconnects. Queued like `forceCode`.
   */
  forceTimeout(path: string, count: number): void;
  /** The next `count` POSTs to `path` are not handled and answer a broken body of `kind`. Queued like `forceCode`. */
  forceMalformed(path: string, count: number, kind: MalformedKind): void;
  /** Removes every forced code, latency, timeout and malformed answer; orders, pool and settings stay. */
  clearScenarios(): void;
  /** Applies to orders already waiting too; those past the old deadline stay timed out. */
  setPreOrderTimeoutMinutes(minutes: number): void;
  /** Times a reserved order out now (its profile goes back to the pool); a no-op on one already timed out. */
  expireOrder(orderId: number): void;
  /** Sets the number of free profiles; 0 empties the pool. Profiles held by orders are not touched. */
  setProfilePool(size: number): void;
  /**
   * Ends a PayPal capture held for review (PENDING), as PayPal would some time later: COMPLETED
   * pays, DECLINED fails for good. An unknown capture is a 404, one that is not pending a 409.
   */
  settlePayPalCapture(captureId: string, status: PayPalSettlement): void;
  /**
   * Sets the price per period of a package in one currency it is sold in (minor units), as a
   * change at the provider would; every answer after it uses the new price, and `reset` restores
   * the seed's. An unknown package is a 404.
   */
  setPrice(packageId: number, currency: string, minor: number): void;
  /** Back to the seed: catalog, accounts, tokens (only acceptedTokens stay valid), orders, sequences, settings, pool, scenarios, the PayPal stand-in. */
  reset(): void;
  /** Plain JSON data of the orders, pool and scenarios; no activation codes. */
  snapshot(): SandboxSnapshot;
  /** The scenarios, pre-order timeout and free profiles alone: read on every shop page, so without the orders. */
  banner(): BannerSnapshot;
  /** The PayPal stand-in's orders, captures and refunds (also in `snapshot().paypal`). */
  payPalSnapshot(): PayPalSnapshot;
};

// The choices of a console's scenario form, in one import.
export { MALFORMED_KINDS, type MalformedKind } from '@/lib/sandbox/answers';
export { FORCEABLE_CODES } from '@/lib/sandbox/forced-codes';
export { ALL_PATHS } from '@/lib/sandbox/scenarios';

/** The endpoints a scenario can target (all of them answer POST). */
export const FORCEABLE_PATHS: readonly string[] = [...SANDBOX_ROUTES.keys()];

/** The paths `addLatency` takes: an endpoint, or `*` for all of them. */
export const LATENCY_PATHS: readonly string[] = [ALL_PATHS, ...FORCEABLE_PATHS];

function checkWholeNumber(name: keyof typeof SANDBOX_LIMITS, label: string, value: number): void {
  const problem = wholeNumberProblem(label, value, SANDBOX_LIMITS[name]);
  if (problem) throw new SandboxControlError(problem);
}

/** The endpoint `path` names, in route-map form, else a control error listing the endpoints. */
function endpointPath(path: string): string {
  const normalized = normalizeSandboxPath(path);
  if (!SANDBOX_ROUTES.has(normalized)) {
    throw new SandboxControlError(`path: ${path} is not a sandbox endpoint; one of ${FORCEABLE_PATHS.join(', ')}`);
  }
  return normalized;
}

export function createSandboxControl(state: SandboxState): SandboxControl {
  return {
    forceCode(path, code, count) {
      const normalized = endpointPath(path);
      if (!isForceableCode(code)) {
        throw new SandboxControlError(`code: ${String(code)} cannot be forced; one of ${FORCEABLE_CODES.join(', ')}`);
      }
      checkWholeNumber('forceCount', 'count', count);
      state.scenarios.push({ kind: 'code', path: normalized, code, remaining: count });
    },
    addLatency(path, ms, count) {
      const normalized = path.trim() === ALL_PATHS ? ALL_PATHS : endpointPath(path);
      checkWholeNumber('latencyMs', 'ms', ms);
      if (count !== undefined) checkWholeNumber('forceCount', 'count', count);
      state.scenarios.push({ kind: 'latency', path: normalized, ms, remaining: count ?? null });
    },
    forceTimeout(path, count) {
      const normalized = endpointPath(path);
      checkWholeNumber('forceCount', 'count', count);
      state.scenarios.push({ kind: 'timeout', path: normalized, remaining: count });
    },
    forceMalformed(path, count, kind) {
      const normalized = endpointPath(path);
      checkWholeNumber('forceCount', 'count', count);
      if (!isMalformedKind(kind)) {
        throw new SandboxControlError(`kind: ${String(kind)} is not a malformed answer; one of ${MALFORMED_KINDS.join(', ')}`);
      }
      state.scenarios.push({ kind: 'malformed', path: normalized, malformedKind: kind, remaining: count });
    },
    clearScenarios() {
      clearScenarios(state);
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
    settlePayPalCapture(captureId, status) {
      if (!PAYPAL_SETTLEMENTS.includes(status)) {
        throw new SandboxControlError(`status: ${String(status)} is not a settlement; one of ${PAYPAL_SETTLEMENTS.join(', ')}`);
      }
      const result = settlePendingCapture(state.paypal, captureId, status, state.now());
      if (result.ok) return;
      if (result.reason === 'unknown') throw new SandboxControlError(`captureId: no PayPal capture ${captureId}`, 404);
      throw new SandboxControlError(`captureId: PayPal capture ${captureId} is ${result.status}, only a PENDING one can be settled`, 409);
    },
    setPrice(packageId, currency, minor) {
      checkWholeNumber('priceMinor', 'minor', minor);
      const repriced = repriceCatalog(state.catalog, packageId, currency, minor);
      if (!repriced.ok) throw new SandboxControlError(repriced.problem, repriced.status);
      state.catalog = repriced.catalog;
    },
    reset() {
      resetSandboxState(state);
    },
    snapshot() {
      return snapshotOf(state);
    },
    banner() {
      return bannerOf(state);
    },
    payPalSnapshot() {
      return payPalSnapshotOf(state.paypal);
    },
  };
}
