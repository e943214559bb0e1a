import { createSandboxControl, type SandboxControl } from '@/lib/sandbox/control';
import { errorEnvelope, successEnvelope, type SandboxResponse } from '@/lib/sandbox/envelope';
import { CODES, SandboxError } from '@/lib/sandbox/errors';
import { parseBody } from '@/lib/sandbox/fields';
import { FORCED_MESSAGES, takeForcedCode } from '@/lib/sandbox/forced-codes';
import { SANDBOX_ROUTES } from '@/lib/sandbox/handlers/routes';
import { parseLanguage } from '@/lib/sandbox/language';
import { MESSAGES } from '@/lib/sandbox/messages';
import { normalizeSandboxPath } from '@/lib/sandbox/paths';
import { createSandboxState, type SandboxOptions, type SandboxState } from '@/lib/sandbox/state';
import { accountForToken } from '@/lib/sandbox/tokens';
import type { Language, SandboxCatalog } from '@/lib/sandbox/types';

export type { SandboxControl } from '@/lib/sandbox/control';
export type { SandboxOptions } from '@/lib/sandbox/state';

export type SandboxRequest = {
  method: string;
  /** Path under the sandbox base, e.g. `/v1.1/package/detail` (a query string is ignored). */
  path: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  bodyText: string;
};

export type Sandbox = {
  handle(request: SandboxRequest): Promise<SandboxResponse>;
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

function dispatch(state: SandboxState, request: SandboxRequest): SandboxResponse {
  const headers = lowerCaseKeys(request.headers);
  const language = parseLanguage(headers['accept-language']);
  const path = normalizeSandboxPath(request.path);
  const route = SANDBOX_ROUTES.get(path);
  if (!route) return failure(new SandboxError(CODES.notFound, MESSAGES.notFound(path), 404), language);
  const method = request.method.toUpperCase();
  if (method !== 'POST') {
    return failure(new SandboxError(CODES.methodNotAllowed, MESSAGES.methodNotAllowed(method), 405), language);
  }
  // A forced code stands in for the whole handling, token check included, so it always fires as planned.
  const forced = takeForcedCode(state, path);
  if (forced !== undefined) return failure(new SandboxError(forced, FORCED_MESSAGES[forced]), language);
  try {
    const account = route.auth ? accountForToken(state, headers['x-access-token']?.trim()) : undefined;
    if (route.auth && !account) throw new SandboxError(CODES.tokenInvalid, MESSAGES.tokenInvalid);
    const body = parseBody(request.bodyText);
    if (!body) throw new SandboxError(CODES.badParameter, MESSAGES.bodyNotObject);
    const data = route.handle({ body, language, state, account, now: state.now() });
    return { status: 200, body: successEnvelope(data) };
  } catch (error) {
    if (error instanceof SandboxError) return failure(error, language);
    console.error('[sandbox] unexpected error', error);
    return failure(new SandboxError(CODES.error, MESSAGES.internalError, 500), language);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A stateful imitation of the provider's API: answers like the documented endpoints. */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const state = createSandboxState(options);
  return {
    state,
    get catalog() {
      return state.catalog;
    },
    control: createSandboxControl(state),
    async handle(request) {
      const response = dispatch(state, request);
      if (state.latencyMs > 0) await delay(state.latencyMs);
      return response;
    },
  };
}
