import 'server-only';
import type { z } from 'zod';
import { LinksfieldError, ProviderUnavailableError, UnexpectedAnswerError } from '@/lib/linksfield/errors';
import { currentCallContext } from '@/lib/linksfield/call-context';
import { envelopeSchema } from '@/lib/linksfield/wire';

/** One call as it happened, bodies raw: whoever receives it (the staff call log) redacts them. */
export type CallRecord = {
  at: string;
  endpoint: string;
  url: string;
  acceptLanguage: string;
  /** Whether an x-access-token was sent; never its value. */
  authenticated: boolean;
  httpStatus: number | null;
  code: number | null;
  message: string;
  latencyMs: number;
  requestBody: string;
  responseBody: string | null;
  orderRef: string | null;
};

export type TransportConfig = {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  onCall?: (record: CallRecord) => void;
};

export type CallOptions = {
  acceptLanguage: 'en-US' | 'zh-CN';
  token?: string;
};

export type CallResult<T> = { data: T; requestText: string; responseText: string };

/**
 * `work`, or the deadline's TimeoutError once it passes. The signal given to fetch should end the
 * call by itself, but under load a body read was seen to hang past it inside Next's server (the
 * answer's headers in, its body never): a call that never settles would hold the catalog's shared
 * load, and every page waiting on it, forever.
 */
function beforeDeadline<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  if (deadline.aborted) return Promise.reject(deadline.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(deadline.reason);
    deadline.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => deadline.removeEventListener('abort', onAbort));
  });
}

/** One POST to the provider: envelope checked, business codes raised, `data` parsed with `schema`. */
export async function callProvider<S extends z.ZodType>(
  config: TransportConfig,
  endpoint: string,
  body: Record<string, unknown>,
  schema: S,
  options: CallOptions,
): Promise<CallResult<z.output<S>>> {
  const started = performance.now();
  const at = new Date().toISOString();
  const url = `${config.baseUrl}${endpoint}`;
  const requestText = JSON.stringify(body);
  let responseText: string | null = null;
  const record = (partial: Pick<CallRecord, 'httpStatus' | 'code' | 'message'>) =>
    config.onCall?.({
      at,
      endpoint,
      url,
      acceptLanguage: options.acceptLanguage,
      authenticated: Boolean(options.token),
      latencyMs: Math.round(performance.now() - started),
      requestBody: requestText,
      responseBody: responseText,
      orderRef: currentCallContext().orderRef ?? null,
      ...partial,
    });

  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'Accept-Language': options.acceptLanguage,
  };
  if (options.token) headers['x-access-token'] = options.token;

  let response: Response;
  // A timer of our own, held until the call ends: under load, calls given only `AbortSignal.timeout`
  // were also seen never to time out.
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The provider did not answer in time', 'TimeoutError')),
    config.timeoutMs,
  );
  const deadline = controller.signal;
  try {
    // No `cache` option: Next never caches a POST, and `no-store` would make every page that reads
    // the catalog be rendered per request, the cached catalog pages included.
    response = await beforeDeadline(
      (config.fetch ?? fetch)(url, { method: 'POST', headers, body: requestText, signal: deadline }),
      deadline,
    );
    responseText = await beforeDeadline(response.text(), deadline);
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
    record({ httpStatus: null, code: null, message: reason });
    throw new ProviderUnavailableError(endpoint, reason, { cause: error });
  } finally {
    clearTimeout(timer);
  }

  const fail = (detail: string): never => {
    record({ httpStatus: response.status, code: null, message: detail });
    throw new UnexpectedAnswerError(endpoint, detail, response.status);
  };

  if (!response.ok) fail(`HTTP ${response.status}`);
  let json: unknown;
  try {
    json = JSON.parse(responseText ?? '');
  } catch {
    fail('the answer is not JSON');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) fail('the answer is not an envelope with a code');
  const { code, message, data } = envelope.data!;
  const text = responseText ?? '';
  if (code !== 0) {
    record({ httpStatus: response.status, code, message: message ?? '' });
    throw new LinksfieldError(code, message ?? '', endpoint);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    fail(`data${first?.path.length ? `.${first.path.join('.')}` : ''}: ${first?.message ?? 'invalid'}`);
  }
  record({ httpStatus: response.status, code, message: message ?? '' });
  return { data: parsed.data as z.output<S>, requestText, responseText: text };
}
