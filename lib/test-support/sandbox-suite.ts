import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { SandboxServerOptions } from '@/lib/sandbox';
import { startTestSandbox, type CallResult, type TestSandbox } from '@/lib/test-support/sandbox-calls';

/** A login's `data`, as the provider's documentation gives it. */
type TokenAnswer = { token: string; expireTime: string };

export type SuiteSandbox = TestSandbox & {
  /** The seeded account's token, logged in afresh before each test (with `login: true`). */
  readonly token: string;
};

type EachTest = {
  /** Reset the sandbox's state before each test, so no test sees another's orders or scenarios. */
  reset?: boolean;
  /** Log the seeded account in before each test (after the reset): `sandbox.token`. */
  login?: boolean;
};

/**
 * A sandbox server for the suite it is called in: started before its tests, closed after them. The
 * handle forwards to the running server, so the suite can name it before the server exists.
 */
export function sandboxForSuite(options: SandboxServerOptions = {}, each: EachTest = {}): SuiteSandbox {
  let running: TestSandbox | undefined;
  let token: string | undefined;
  const current = (): TestSandbox => {
    if (!running) throw new Error('the suite sandbox is used outside its tests (it starts in beforeAll)');
    return running;
  };
  beforeAll(async () => {
    running = await startTestSandbox(options);
  });
  if (each.reset || each.login) {
    beforeEach(async () => {
      if (each.reset) current().server.sandbox.control.reset();
      if (each.login) token = await current().login();
    });
  }
  afterAll(() => running?.close());
  return {
    get url() {
      return current().url;
    },
    get server() {
      return current().server;
    },
    get token() {
      if (token === undefined) throw new Error('no token: call sandboxForSuite with { login: true }');
      return token;
    },
    call: (...args) => current().call(...args),
    send: (...args) => current().send(...args),
    login: () => current().login(),
    loginAs: (...args) => current().loginAs(...args),
    preOrder: (...args) => current().preOrder(...args),
    close: () => current().close(),
  };
}

/**
 * Checks a login-like answer (a login, or a registration that signs the new account in): HTTP 200,
 * code 0, exactly a token and its expiry, and that expiry. Returns the answer's data.
 */
export function expectTokenAnswer({ status, body }: CallResult, expireTime: string): TokenAnswer {
  expect(status).toBe(200);
  expect(body).toMatchObject({ code: 0, message: 'SUCCESS' });
  const data = body.data as TokenAnswer;
  expect(Object.keys(data).sort()).toEqual(['expireTime', 'token']);
  expect(data.token).toMatch(/^[0-9a-f]{32,}$/);
  expect(data.expireTime).toBe(expireTime);
  return data;
}
