import { GATEWAY_TIMEOUT_ANSWER, MALFORMED_ANSWERS, type SandboxAnswer } from '@/lib/sandbox/answers';
import { createSandboxControl, type SandboxControl } from '@/lib/sandbox/control';
import { errorEnvelope, successEnvelope, type SandboxResponse } from '@/lib/sandbox/envelope';
import { CODES, SandboxError } from '@/lib/sandbox/errors';
import { parseBody } from '@/lib/sandbox/fields';
import { FORCED_MESSAGES } from '@/lib/sandbox/forced-codes';
import type { SandboxRoute } from '@/lib/sandbox/handlers/context';
import { SANDBOX_ROUTES } from '@/lib/sandbox/handlers/routes';
import { parseLanguage } from '@/lib/sandbox/language';
import { SANDBOX_HOLD_MS } from '@/lib/sandbox/limits';
import { MESSAGES } from '@/lib/sandbox/messages';
import { normalizeSandboxPath } from '@/lib/sandbox/paths';
import { handlePayPal, isPayPalPath } from '@/lib/sandbox/paypal/stand-in';
import { takeFault, takeLatency } from '@/lib/sandbox/scenarios';
import { createSandboxState, type SandboxOptions } from '@/lib/sandbox/state';
import { accountForToken } from '@/lib/sandbox/tokens';
import type { Language, SandboxCatalog } from '@/lib/sandbox/types';
import { wait } from '@/lib/sandbox/wait';
import type { Fault, SandboxState } from '@/lib/sandbox/records';

export type { SandboxControl } from '@/lib/sandbox/control';
export type { SandboxAnswer, SandboxRawResponse } from '@/lib/sandbox/answers';
export type { SandboxOptions } from '@/lib/sandbox/state';

export type SandboxRequest = {
  method: string;
  /** Path under the sandbox base, e.g. `/v1.1/package/detail` (a query string is ignored). */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  bodyText: string;
  /** Aborts when the client goes away: a delayed or held answer stops waiting at once. */
  signal?: AbortSignal;
};

export type Sandbox = {
  /** An envelope, or a raw body when a `forceMalformed` or `forceTimeout` stands in for the answer. */
  handle(request: SandboxRequest): Promise<SandboxAnswer>;
  /** Answers being delayed or held right now; back to 0 once their clients are gone. */
  readonly waiting: number;
  readonly state: SandboxState;
  /** The current catalog (a reset rebuilds it). */
  readonly catalog: SandboxCatalog;
  /** Fault injection, settings and inspection for tests and the staff console. */
  readonly control: SandboxControl;
};

function lowerCaseKeys(headers: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function failure(error: SandboxError, language: Language): SandboxResponse {
  return { status: error.httpStatus, body: errorEnvelope(error.code, error.text, language) };
}

type Call = {
  readonly path: string;
  readonly method: string;
  readonly route: SandboxRoute | undefined;
  readonly headers: Record<string, string | undefined>;
  readonly language: Language;
  readonly bodyText: string;
};

function dispatch(state: SandboxState, call: Call): SandboxResponse {
  const { path, method, route, headers, language } = call;
  if (!route) return failure(new SandboxError(CODES.notFound, MESSAGES.notFound(path), 404), language);
  if (method !== 'POST') {
    return failure(new SandboxError(CODES.methodNotAllowed, MESSAGES.methodNotAllowed(method), 405), language);
  }
  try {
    const account = route.auth ? accountForToken(state, headers['x-access-token']?.trim()) : undefined;
    if (route.auth && !account) throw new SandboxError(CODES.tokenInvalid, MESSAGES.tokenInvalid);
    const body = parseBody(call.bodyText);
    if (!body) throw new SandboxError(CODES.badParameter, MESSAGES.bodyNotObject);
    const acceptLanguage = headers['accept-language'] ?? null;
    const data = route.handle({ body, language, acceptLanguage, state, account, now: state.now() });
    return { status: 200, body: successEnvelope(data) };
  } catch (error) {
    if (error instanceof SandboxError) return failure(error, language);
    console.error('[sandbox] unexpected error', error);
    return failure(new SandboxError(CODES.error, MESSAGES.internalError, 500), language);
  }
}

/** The answer a fault stands in with; a timeout is held by the caller instead. */
function faultAnswer(fault: Exclude<Fault, { kind: 'timeout' }>, language: Language): SandboxAnswer {
  // A copy: a caller changing its answer must not change the next one.
  if (fault.kind === 'malformed') return { ...MALFORMED_ANSWERS[fault.malformedKind] };
  return failure(new SandboxError(fault.code, FORCED_MESSAGES[fault.code]), language);
}

/** A stateful imitation of the provider's API: answers like the documented endpoints. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const state = createSandboxState(options);
  let waiting = 0;
  const waitFor = async (ms: number, signal: AbortSignal | undefined) => {
    if (ms <= 0) return;
    waiting += 1;
    try {
      await wait(ms, signal);
    } finally {
      waiting -= 1;
    }
  };
  return {
    state,
    get catalog() {
      return state.catalog;
    },
    get waiting() {
      return waiting;
    },
    control: createSandboxControl(state),
    async handle(request) {
      const headers = lowerCaseKeys(request.headers);
      const path = normalizeSandboxPath(request.path);
      if (isPayPalPath(path)) {
        // PayPal's stand-in answers in PayPal's shapes; the provider's scenarios do not reach it.
        const answer = handlePayPal(state, { method: request.method.toUpperCase(), path, headers, bodyText: request.bodyText });
        await waitFor(state.latencyMs, request.signal);
        return answer;
      }
      const call: Call = {
        path,
        method: request.method.toUpperCase(),
        route: SANDBOX_ROUTES.get(path),
        headers,
        language: parseLanguage(headers['accept-language']),
        bodyText: request.bodyText,
      };
      // Scenarios take only POSTs to an endpoint, so a probe with a wrong method or path uses none up.
      const isCall = call.route !== undefined && call.method === 'POST';
      // A fault stands in for the whole handling, token check included, so it always fires as planned.
      const fault = isCall ? takeFault(state, path) : undefined;
      const delayMs = state.latencyMs + (isCall ? takeLatency(state, path) : 0);
      if (fault?.kind === 'timeout') {
        // Held past any client timeout; the client's disconnect (the signal) ends the hold early.
        await waitFor(SANDBOX_HOLD_MS, request.signal);
        return { ...GATEWAY_TIMEOUT_ANSWER };
      }
      const answer = fault ? faultAnswer(fault, call.language) : dispatch(state, call);
      await waitFor(delayMs, request.signal);
      return answer;
    },
  };
}
