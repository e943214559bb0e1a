/** Helpers of the sandbox's own tests: a server on a random port and a small fetch client. */
import { SANDBOX_ACCOUNT } from '@/lib/sandbox/accounts';
import type { Envelope } from '@/lib/sandbox/envelope';
import { startSandboxServer, type SandboxServer, type SandboxServerOptions } from '@/lib/sandbox/http-server';
import { md5Hex } from '@/lib/sandbox/md5';

export type CallOptions = {
  token?: string;
  /** Accept-Language; omitted when undefined. */
  language?: string;
  method?: string;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: string;
};

export type CallResult = { status: number; body: Envelope; headers: Headers };

export type TestSandbox = {
  url: string;
  server: SandboxServer;
  call(path: string, body?: unknown, options?: CallOptions): Promise<CallResult>;
  /** Logs the seeded account in and returns the token. */
  login(): Promise<string>;
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

export async function startTestSandbox(options: SandboxServerOptions = {}): Promise<TestSandbox> {
  const server = await startSandboxServer({ port: 0, ...options });
  const call = async (path: string, body: unknown = {}, callOptions: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (callOptions.language !== undefined) headers['accept-language'] = callOptions.language;
    if (callOptions.token !== undefined) headers['x-access-token'] = callOptions.token;
    const method = callOptions.method ?? 'POST';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body: hasBody ? (callOptions.rawBody ?? JSON.stringify(body)) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Envelope, headers: response.headers };
  };
  return {
    url: server.url,
    server,
    call,
    async login() {
      const { body } = await call('/user/login', LOGIN_BODY);
      const data = body.data as { token?: unknown } | null;
      if (body.code !== 0 || typeof data?.token !== 'string') throw new Error(`login failed: ${JSON.stringify(body)}`);
      return data.token;
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
