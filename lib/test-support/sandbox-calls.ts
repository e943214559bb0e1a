/** Helpers of the sandbox's own tests: a server on a random port and a small fetch client. */
import { createHash } from 'node:crypto';
import {
  SANDBOX_ACCOUNT,
  SANDBOX_CUSTOMER,
  startSandboxServer,
  type Envelope,
  type SandboxServer,
  type SandboxServerOptions,
} from '@/lib/sandbox';

/** The login's `passwd`: the password's MD5 digest, lower-case hex, as the provider's login takes it. */
const md5Hex = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

export type CallOptions = {
  token?: string;
  /** Accept-Language; omitted when undefined. */
  language?: string;
  method?: string;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: string;
  /** Lets the client give up, e.g. `AbortSignal.timeout(300)`. */
  signal?: AbortSignal;
};

export type CallResult = { status: number; body: Envelope; headers: Headers };

export type TestSandbox = {
  url: string;
  server: SandboxServer;
  call(path: string, body?: unknown, options?: CallOptions): Promise<CallResult>;
  /** Like `call`, but the answer unread: for bodies that are not an envelope. */
  send(path: string, body?: unknown, options?: CallOptions): Promise<Response>;
  /** Logs the seeded account in and returns the token. */
  login(): Promise<string>;
  /** Logs any account of the seeded partner in and returns the token. */
  loginAs(email: string, password: string): Promise<string>;
  /** Places a pre-order (the documentation's example unless `body` says otherwise) and returns the order id. */
  preOrder(token: string, body?: object): Promise<number>;
  close(): Promise<void>;
};

/** The documentation's own pre-order example request. */
export const DOC_PRE_ORDER = {
  currency: 'USD',
  currencyId: 2,
  deviceType: '10',
  discountFlag: 0,
  id: 1000000,
  money: 5,
  packageCode: 'LP20220325000000',
  packageNum: 1,
  partnerCode: '1000000005',
  periodNum: 1,
} as const;

export const LOGIN_BODY = {
  email: SANDBOX_ACCOUNT.email,
  passwd: md5Hex(SANDBOX_ACCOUNT.password),
  partnerCode: SANDBOX_ACCOUNT.partnerCode,
} as const;

export const CUSTOMER_LOGIN_BODY = {
  email: SANDBOX_CUSTOMER.email,
  passwd: md5Hex(SANDBOX_CUSTOMER.password),
  partnerCode: SANDBOX_CUSTOMER.partnerCode,
} as const;

/** 2026-12-05T03:15:00Z in seconds: a sane webhook `dateTime`. */
export const WEBHOOK_DATE_TIME = 1_796_440_500;

/** A valid succeeded report for an order of the documentation's example (USD 5). */
export function webhookBody(orderId: number, change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dateTime: WEBHOOK_DATE_TIME,
    orderId,
    partnerCode: SANDBOX_ACCOUNT.partnerCode,
    payAmount: 5,
    payCurrency: 'USD',
    paypalId: 'PAYID-SANDBOX-0001',
    type: 'payment_intent.succeeded',
    ...change,
  };
}

export async function startTestSandbox(options: SandboxServerOptions = {}): Promise<TestSandbox> {
  const server = await startSandboxServer({ port: 0, ...options });
  const send = (path: string, body: unknown = {}, callOptions: CallOptions = {}): Promise<Response> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (callOptions.language !== undefined) headers['accept-language'] = callOptions.language;
    if (callOptions.token !== undefined) headers['x-access-token'] = callOptions.token;
    const method = callOptions.method ?? 'POST';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    return fetch(`${server.url}${path}`, {
      method,
      headers,
      body: hasBody ? (callOptions.rawBody ?? JSON.stringify(body)) : undefined,
      signal: callOptions.signal,
    });
  };
  const call = async (path: string, body: unknown = {}, callOptions: CallOptions = {}): Promise<CallResult> => {
    const response = await send(path, body, callOptions);
    return { status: response.status, body: (await response.json()) as Envelope, headers: response.headers };
  };
  const loginWith = async (loginBody: object): Promise<string> => {
    const { body } = await call('/user/login', loginBody);
    const data = body.data as { token?: unknown } | null;
    if (body.code !== 0 || typeof data?.token !== 'string') throw new Error(`login failed: ${JSON.stringify(body)}`);
    return data.token;
  };
  return {
    url: server.url,
    server,
    call,
    send,
    login: () => loginWith(LOGIN_BODY),
    loginAs: (email, password) => loginWith({ email, passwd: md5Hex(password), partnerCode: SANDBOX_ACCOUNT.partnerCode }),
    async preOrder(token, body = DOC_PRE_ORDER) {
      const { body: envelope } = await call('/v1.1/package/preOrderPackage', body, { token });
      const data = envelope.data as { id?: unknown } | null;
      if (envelope.code !== 0 || typeof data?.id !== 'number') throw new Error(`pre-order failed: ${JSON.stringify(envelope)}`);
      return data.id;
    },
    close: () => server.close(),
  };
}

/** A controllable clock for the `now` option. */
export function testClock(start: string) {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}
