import type { SandboxRawResponse } from '@/lib/sandbox/answers';
import { callerOf, issueToken } from '@/lib/sandbox/paypal/auth';
import { getCapture, refundCapture } from '@/lib/sandbox/paypal/captures';
import type { PayPalCall, PayPalJsonAnswer } from '@/lib/sandbox/paypal/context';
import { jsonAnswer, preflightAnswer, scriptAnswer } from '@/lib/sandbox/paypal/http';
import { debugIdFor } from '@/lib/sandbox/paypal/ids';
import { remember, rememberedAnswer, requestKey } from '@/lib/sandbox/paypal/idempotency';
import { approveOrder, captureOrder, createOrder, getOrder } from '@/lib/sandbox/paypal/orders';
import { methodNotSupported, pathNotFound, PayPalProblem } from '@/lib/sandbox/paypal/problems';
import { PAYPAL_SDK_SCRIPT } from '@/lib/sandbox/paypal/sdk-script';
import type { SandboxState } from '@/lib/sandbox/records';

/** Where the stand-in lives under the sandbox's base: `…/paypal/v2/checkout/orders`, `…/paypal/sdk/js`. */
export const PAYPAL_PREFIX = '/paypal';

/** The SDK script's path under the sandbox's base: a shop's `sdkBaseUrl` is the base followed by this. */
export const PAYPAL_SDK_PATH = `${PAYPAL_PREFIX}/sdk/js`;

export function isPayPalPath(path: string): boolean {
  return path === PAYPAL_PREFIX || path.startsWith(`${PAYPAL_PREFIX}/`);
}

export type PayPalRequest = {
  readonly method: string;
  /** Normalised, starting with /paypal. */
  readonly path: string;
  /** Names in lower case. */
  readonly headers: Record<string, string | undefined>;
  readonly bodyText: string;
};

type Route = {
  readonly method: 'GET' | 'POST';
  readonly pattern: RegExp;
  readonly run: (call: PayPalCall, id: string, bodyText: string) => PayPalJsonAnswer;
};

/** The REST endpoints that need a caller; `([^/]+)` is the order or capture id. */
const ROUTES: readonly Route[] = [
  { method: 'POST', pattern: /^\/v2\/checkout\/orders$/, run: (call, _id, body) => createOrder(call, body) },
  { method: 'GET', pattern: /^\/v2\/checkout\/orders\/([^/]+)$/, run: (call, id) => getOrder(call, id) },
  { method: 'POST', pattern: /^\/v2\/checkout\/orders\/([^/]+)\/capture$/, run: (call, id) => captureOrder(call, id) },
  { method: 'GET', pattern: /^\/v2\/payments\/captures\/([^/]+)$/, run: (call, id) => getCapture(call, id) },
  { method: 'POST', pattern: /^\/v2\/payments\/captures\/([^/]+)\/refund$/, run: (call, id, body) => refundCapture(call, id, body) },
  { method: 'POST', pattern: /^\/approve$/, run: (call, _id, body) => approveOrder(call, body) },
];

function problemAnswer(state: SandboxState, problem: PayPalProblem, request: PayPalRequest, now: Date): PayPalJsonAnswer & { headers: Record<string, string> } {
  const debugId = debugIdFor(state.seed, `${request.method} ${request.path} ${now.toISOString()} ${state.paypal.sequence}`);
  return { status: problem.status, body: { ...problem.body, debug_id: debugId }, headers: { ...problem.headers, 'paypal-debug-id': debugId } };
}

function decodedId(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '');
  } catch {
    return raw ?? '';
  }
}

/** One REST call: the caller, a remembered answer to its request id, or the endpoint's own answer. */
function runRoute(state: SandboxState, route: Route, id: string, request: PayPalRequest, now: Date): SandboxRawResponse {
  const { paypal } = state;
  let key: string | undefined;
  try {
    const caller = callerOf(paypal, request.headers, now);
    key = requestKey(caller, request.method, request.path, request.headers['paypal-request-id']);
    const replay = rememberedAnswer(paypal, key);
    if (replay) return jsonAnswer(replay.status, replay.body);
    const answer = route.run({ seed: state.seed, paypal, now, caller }, id, request.bodyText);
    remember(paypal, key, answer);
    return jsonAnswer(answer.status, answer.body);
  } catch (error) {
    if (!(error instanceof PayPalProblem)) throw error;
    const answer = problemAnswer(state, error, request, now);
    remember(paypal, key, { status: answer.status, body: answer.body });
    return jsonAnswer(answer.status, answer.body, answer.headers);
  }
}

/**
 * The PayPal stand-in: Orders v2 and Payments v2 as PayPal answers them (raw JSON, not the
 * provider's envelope), its approval endpoint, and the JS SDK script. Any method: a CORS preflight
 * is answered 204 on every path.
 */
export function handlePayPal(state: SandboxState, request: PayPalRequest): SandboxRawResponse {
  const path = request.path.slice(PAYPAL_PREFIX.length) || '/';
  const { method } = request;
  const now = state.now();
  if (method === 'OPTIONS') return preflightAnswer();
  const refuse = (problem: PayPalProblem) => {
    const answer = problemAnswer(state, problem, request, now);
    return jsonAnswer(answer.status, answer.body, answer.headers);
  };
  if (path === '/sdk/js') return method === 'GET' ? scriptAnswer(PAYPAL_SDK_SCRIPT) : refuse(methodNotSupported(method, ['GET']));
  if (path === '/v1/oauth2/token') {
    if (method !== 'POST') return refuse(methodNotSupported(method, ['POST']));
    const answer = issueToken(state.seed, state.paypal, request.headers, request.bodyText, now);
    return jsonAnswer(answer.status, answer.body);
  }
  const matching = ROUTES.flatMap((route) => {
    const match = route.pattern.exec(path);
    return match ? [{ route, id: decodedId(match[1]) }] : [];
  });
  if (matching.length === 0) return refuse(pathNotFound(request.path));
  const found = matching.find(({ route }) => route.method === method);
  if (!found) return refuse(methodNotSupported(method, matching.map(({ route }) => route.method)));
  return runRoute(state, found.route, found.id, request, now);
}
