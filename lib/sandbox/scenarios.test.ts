import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { SandboxControlError } from '@/lib/sandbox/control';
import { SANDBOX_HOLD_MS } from '@/lib/sandbox/limits';
import { createSandbox, type SandboxRequest } from '@/lib/sandbox/sandbox';
import { DOC_PRE_ORDER, startTestSandbox, webhookBody } from '@/lib/test-support/sandbox-calls';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const DETAIL = '/v1.1/package/detail';
const PRE_ORDER = '/v1.1/package/preOrderPackage';
const WEBHOOK = '/v1.1/payment/webhook';
const LOGIN = '/user/login';
const DETAIL_BODY = { id: 1000000 };
/** Small enough to keep the suite quick, large enough to tell from a plain local call. */
const LATENCY_MS = 150;
const DELAYED = LATENCY_MS - 10;

async function elapsedMs(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** Waits for `condition`, failing after `timeoutMs`. */
async function until(condition: () => boolean, timeoutMs = 1000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('sandbox scenarios over HTTP', () => {
  const sandbox = sandboxForSuite({ profilePoolSize: 5 }, { reset: true, login: true });

  const control = () => sandbox.server.sandbox.control;
  const state = () => sandbox.server.sandbox.state;
  const detail = () => sandbox.call(DETAIL, DETAIL_BODY);

  describe('addLatency', () => {
    it('delays the next count calls of that path only, then answers at once', async () => {
      control().addLatency(DETAIL, LATENCY_MS, 2);
      expect(control().snapshot().scenarios).toEqual([{ kind: 'latency', path: DETAIL, ms: LATENCY_MS, remaining: 2 }]);
      expect(await elapsedMs(() => sandbox.login())).toBeLessThan(DELAYED);
      expect(await elapsedMs(detail)).toBeGreaterThanOrEqual(DELAYED);
      expect(control().snapshot().scenarios).toEqual([{ kind: 'latency', path: DETAIL, ms: LATENCY_MS, remaining: 1 }]);
      expect(await elapsedMs(detail)).toBeGreaterThanOrEqual(DELAYED);
      expect(control().snapshot().scenarios).toEqual([]);
      expect(await elapsedMs(detail)).toBeLessThan(DELAYED);
    });

    it("delays every endpoint with '*' until cleared, and still answers normally", async () => {
      control().addLatency('*', LATENCY_MS);
      for (let i = 0; i < 2; i += 1) {
        let answer: Awaited<ReturnType<typeof detail>> | undefined;
        expect(await elapsedMs(async () => (answer = await detail()))).toBeGreaterThanOrEqual(DELAYED);
        expect(answer?.body.code).toBe(0);
      }
      expect(await elapsedMs(() => sandbox.login())).toBeGreaterThanOrEqual(DELAYED);
      expect(control().snapshot().scenarios).toEqual([{ kind: 'latency', path: '*', ms: LATENCY_MS, remaining: null }]);
      control().clearScenarios();
      expect(await elapsedMs(detail)).toBeLessThan(DELAYED);
    });

    it('leaves wrong methods and unknown paths alone and does not count them', async () => {
      control().addLatency('*', LATENCY_MS, 1);
      expect(await elapsedMs(() => sandbox.call(DETAIL, DETAIL_BODY, { method: 'GET' }))).toBeLessThan(DELAYED);
      expect(await elapsedMs(() => sandbox.call('/v1.1/nowhere', {}))).toBeLessThan(DELAYED);
      expect(control().snapshot().scenarios).toEqual([{ kind: 'latency', path: '*', ms: LATENCY_MS, remaining: 1 }]);
    });

    it('adds up with the latencyMs option and with other matching latencies', async () => {
      const slow = await startTestSandbox({ latencyMs: 100 });
      try {
        slow.server.sandbox.control.addLatency('*', LATENCY_MS, 1);
        slow.server.sandbox.control.addLatency(DETAIL, LATENCY_MS, 1);
        const time = () => elapsedMs(() => slow.call(DETAIL, DETAIL_BODY));
        expect(await time()).toBeGreaterThanOrEqual(100 + 2 * LATENCY_MS - 10);
        const plain = await time();
        expect(plain).toBeGreaterThanOrEqual(90);
        expect(plain).toBeLessThan(100 + LATENCY_MS);
      } finally {
        await slow.close();
      }
    });

    it('delays a forced answer as well', async () => {
      control().forceCode(DETAIL, 9999, 1);
      control().addLatency(DETAIL, LATENCY_MS, 1);
      let code: number | undefined;
      expect(await elapsedMs(async () => (code = (await detail()).body.code))).toBeGreaterThanOrEqual(DELAYED);
      expect(code).toBe(9999);
    });
  });

  describe('forceTimeout', () => {
    it('holds the call until the client gives up, handles nothing, and lets go of it', async () => {
      control().forceTimeout(PRE_ORDER, 1);
      expect(control().snapshot().scenarios).toEqual([{ kind: 'timeout', path: PRE_ORDER, remaining: 1 }]);
      const started = performance.now();
      const call = sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: sandbox.token, signal: AbortSignal.timeout(300) });
      await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      // The disconnect ends the hold: no timer keeps running for a client that is gone.
      await until(() => sandbox.server.sandbox.waiting === 0);
      expect(state().orders.size).toBe(0);
      expect(control().snapshot().scenarios).toEqual([]);
      expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: sandbox.token })).body.code).toBe(0);
    });

    it('holds each of the next count calls, then handles again', async () => {
      control().forceTimeout(DETAIL, 2);
      const held = [0, 1].map(() => sandbox.call(DETAIL, DETAIL_BODY, { signal: AbortSignal.timeout(300) }));
      await until(() => sandbox.server.sandbox.waiting === 2);
      for (const call of held) await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
      expect((await detail()).body.code).toBe(0);
      await until(() => sandbox.server.sandbox.waiting === 0);
    });

    it('does not hold another path or a wrong method', async () => {
      control().forceTimeout(DETAIL, 1);
      expect((await sandbox.call(DETAIL, DETAIL_BODY, { method: 'GET' })).status).toBe(405);
      expect((await sandbox.call(WEBHOOK, webhookBody(1), { token: sandbox.token })).body.code).not.toBe(0);
      expect(control().snapshot().scenarios).toEqual([{ kind: 'timeout', path: DETAIL, remaining: 1 }]);
    });

    it('lets close() finish at once, dropping calls that are held', async () => {
      const other = await startTestSandbox();
      other.server.sandbox.control.forceTimeout(DETAIL, 2);
      // No client timeout: only the server can end these.
      const held = [0, 1].map(() => other.call(DETAIL, DETAIL_BODY).then(() => 'answered', () => 'dropped'));
      await until(() => other.server.sandbox.waiting === 2);
      expect(await elapsedMs(() => other.close())).toBeLessThan(1000);
      expect(await Promise.all(held)).toEqual(['dropped', 'dropped']);
      await until(() => other.server.sandbox.waiting === 0);
    });
  });

  describe('forceMalformed', () => {
    it('answers a body cut off mid-JSON with HTTP 200', async () => {
      control().forceMalformed(DETAIL, 1, 'not-json');
      const response = await sandbox.send(DETAIL, DETAIL_BODY);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      expect(text).toBe('{"code":0,"data":');
      expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    });

    it('answers a success envelope without data, and handles nothing', async () => {
      control().forceMalformed(PRE_ORDER, 1, 'no-data');
      const response = await sandbox.send(PRE_ORDER, DOC_PRE_ORDER, { token: sandbox.token });
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toEqual({ code: 0, message: 'SUCCESS' });
      expect('data' in body).toBe(false);
      expect(state().orders.size).toBe(0);
    });

    it('answers HTTP 500 with an HTML page', async () => {
      control().forceMalformed(DETAIL, 1, 'http-500');
      const response = await sandbox.send(DETAIL, DETAIL_BODY);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toMatch(/^<html>[\s\S]*500 Internal Server Error[\s\S]*<\/html>/);
    });

    it('runs out after count calls, counting down in the snapshot', async () => {
      control().forceMalformed(DETAIL, 2, 'http-500');
      expect((await sandbox.send(DETAIL, DETAIL_BODY)).status).toBe(500);
      expect(control().snapshot().scenarios).toEqual([{ kind: 'malformed', path: DETAIL, malformedKind: 'http-500', remaining: 1 }]);
      expect((await sandbox.send(DETAIL, DETAIL_BODY)).status).toBe(500);
      expect(control().snapshot().scenarios).toEqual([]);
      expect((await detail()).body).toMatchObject({ code: 0, message: 'SUCCESS' });
    });

    it('queues with forced codes of the same path, oldest first', async () => {
      control().forceCode(DETAIL, 2, 1);
      control().forceMalformed(DETAIL, 1, 'no-data');
      control().forceCode(DETAIL, 9999, 1);
      expect((await detail()).body.code).toBe(2);
      expect(await (await sandbox.send(DETAIL, DETAIL_BODY)).text()).toBe('{"code":0,"message":"SUCCESS"}');
      expect((await detail()).body.code).toBe(9999);
      expect((await detail()).body.code).toBe(0);
    });
  });

  describe('clearScenarios', () => {
    it('removes every scenario but keeps orders, pool and timeout minutes', async () => {
      const id = await sandbox.preOrder(sandbox.token);
      control().setProfilePool(3);
      control().setPreOrderTimeoutMinutes(5);
      control().forceCode(WEBHOOK, 3004, 2);
      control().addLatency('*', LATENCY_MS);
      control().forceTimeout(DETAIL, 3);
      control().forceMalformed(PRE_ORDER, 4, 'not-json');
      expect(control().snapshot().scenarios).toHaveLength(4);

      control().clearScenarios();
      expect(control().snapshot()).toMatchObject({
        scenarios: [],
        forcedCodes: [],
        preOrderTimeoutMinutes: 5,
        profilePool: { free: 3, reserved: 1, issued: 0 },
        orders: [{ id, status: 'reserved' }],
      });
      expect(await elapsedMs(detail)).toBeLessThan(DELAYED);
      expect((await sandbox.call(WEBHOOK, webhookBody(id), { token: sandbox.token })).body.code).toBe(0);
    });

    it('is part of reset', async () => {
      control().addLatency('*', LATENCY_MS, 5);
      control().forceTimeout(DETAIL, 1);
      control().forceMalformed(DETAIL, 1, 'http-500');
      control().reset();
      expect(control().snapshot().scenarios).toEqual([]);
      expect((await detail()).body.code).toBe(0);
    });
  });

  describe('snapshot', () => {
    it('lists every scenario in the order set, with only its own fields', () => {
      control().forceCode('v1.1/payment/webhook/', 3005, 2);
      control().addLatency('*', 2000);
      control().addLatency(DETAIL, 10, 3);
      control().forceTimeout(PRE_ORDER, 1);
      control().forceMalformed(LOGIN, 4, 'not-json');
      const snapshot = control().snapshot();
      expect(snapshot.scenarios).toStrictEqual([
        { kind: 'code', path: WEBHOOK, code: 3005, remaining: 2 },
        { kind: 'latency', path: '*', ms: 2000, remaining: null },
        { kind: 'latency', path: DETAIL, ms: 10, remaining: 3 },
        { kind: 'timeout', path: PRE_ORDER, remaining: 1 },
        { kind: 'malformed', path: LOGIN, malformedKind: 'not-json', remaining: 4 },
      ]);
      expect(snapshot.forcedCodes).toEqual([{ path: WEBHOOK, code: 3005, remaining: 2 }]);
      expect(JSON.parse(JSON.stringify(snapshot.scenarios))).toEqual(snapshot.scenarios);
    });

    it('is a copy', () => {
      control().forceTimeout(DETAIL, 2);
      const [scenario] = control().snapshot().scenarios;
      if (!scenario) throw new Error('no scenario');
      scenario.remaining = 0;
      expect(control().snapshot().scenarios[0]?.remaining).toBe(2);
    });
  });

  describe('refused arguments', () => {
    it.each([
      ['addLatency', () => control().addLatency('/v1.1/nothing', 100), /path/],
      ['addLatency', () => control().addLatency(DETAIL, -1), /ms/],
      ['addLatency', () => control().addLatency(DETAIL, 60_001), /ms/],
      ['addLatency', () => control().addLatency('*', 1.5), /ms/],
      ['addLatency', () => control().addLatency('*', 100, 0), /count/],
      ['addLatency', () => control().addLatency('*', 100, 10_001), /count/],
      ['forceTimeout', () => control().forceTimeout('*', 1), /path/],
      ['forceTimeout', () => control().forceTimeout(DETAIL, -1), /count/],
      ['forceTimeout', () => control().forceTimeout(DETAIL, Number.NaN), /count/],
      ['forceMalformed', () => control().forceMalformed('/nothing', 1, 'not-json'), /path/],
      ['forceMalformed', () => control().forceMalformed(DETAIL, 0, 'not-json'), /count/],
      ['forceMalformed', () => control().forceMalformed(DETAIL, 1, 'garbage' as 'not-json'), /kind/],
    ])('%s refuses a bad argument with an error naming it and queues nothing', (_action, act, message) => {
      expect(act).toThrow(SandboxControlError);
      expect(act).toThrow(message);
      expect(control().snapshot().scenarios).toEqual([]);
    });

    it('takes the limits themselves', () => {
      control().addLatency('*', 0);
      control().addLatency(DETAIL, 60_000, 10_000);
      control().forceTimeout(DETAIL, 10_000);
      expect(control().snapshot().scenarios).toHaveLength(3);
    });
  });
});

describe('held and delayed answers of handle()', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const detailRequest = (signal?: AbortSignal): SandboxRequest => ({
    method: 'POST',
    path: DETAIL,
    headers: {},
    bodyText: JSON.stringify(DETAIL_BODY),
    signal,
  });

  it('answers a gateway 504 page only once the full hold is over', async () => {
    const sandbox = createSandbox();
    sandbox.control.forceTimeout(DETAIL, 1);
    let settled = false;
    const pending = sandbox.handle(detailRequest()).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(SANDBOX_HOLD_MS - 1);
    expect(settled).toBe(false);
    expect(sandbox.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const answer = await pending;
    expect(answer).toMatchObject({ status: 504, contentType: expect.stringMatching(/^text\/html/) });
    expect(answer).toHaveProperty('rawBody', expect.stringContaining('504 Gateway Time-out'));
    expect(sandbox.waiting).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends a hold and a delay as soon as the signal aborts, leaving no timer behind', async () => {
    const sandbox = createSandbox();
    sandbox.control.forceTimeout(DETAIL, 1);
    sandbox.control.addLatency('*', 60_000);
    for (let i = 0; i < 2; i += 1) {
      const client = new AbortController();
      const pending = sandbox.handle(detailRequest(client.signal));
      await vi.advanceTimersByTimeAsync(10);
      expect(vi.getTimerCount()).toBe(1);
      expect(sandbox.waiting).toBe(1);
      client.abort();
      await pending;
      expect(vi.getTimerCount()).toBe(0);
      expect(sandbox.waiting).toBe(0);
    }
  });

  it('does not wait at all for a signal that has already aborted', async () => {
    const sandbox = createSandbox();
    sandbox.control.forceTimeout(DETAIL, 1);
    const answer = await sandbox.handle(detailRequest(AbortSignal.abort()));
    expect(answer.status).toBe(504);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers raw bodies for malformed kinds and envelopes otherwise', async () => {
    const sandbox = createSandbox();
    sandbox.control.forceMalformed(DETAIL, 1, 'no-data');
    expect(await sandbox.handle(detailRequest())).toEqual({
      status: 200,
      rawBody: '{"code":0,"message":"SUCCESS"}',
      contentType: 'application/json;charset=UTF-8',
    });
    expect(await sandbox.handle(detailRequest())).toMatchObject({ status: 200, body: { code: 0 } });
  });
});
