import { describe, expect, it } from 'vitest';

import { SANDBOX_BODY_LIMIT } from '@/lib/sandbox/envelope';
import { startSandboxServer } from '@/lib/sandbox/http-server';
import { createSandbox } from '@/lib/sandbox/sandbox';
import { startTestSandbox, type TestSandbox } from '@/lib/test-support/sandbox-calls';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const PARTNER = { partnerCode: '1000000005' };

describe('sandbox HTTP transport and envelope', () => {
  const sandbox = sandboxForSuite();

  it('serves under /cube/v4 on 127.0.0.1 with no trailing slash', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cube\/v4$/);
  });

  it('wraps a success in the envelope with HTTP 200 and code 0', async () => {
    const { status, body, headers } = await sandbox.call('/v1.1/package/detail', { id: 1000000 });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(Object.keys(body).sort()).toEqual(['code', 'data', 'message', 'messageSourceHandler']);
    expect(body).toMatchObject({ code: 0, message: 'SUCCESS', messageSourceHandler: {} });
    expect(body.data).not.toBeNull();
  });

  it('answers a business error with HTTP 200, data null and the code', async () => {
    const { status, body } = await sandbox.call('/v1.1/package/detail', {}, { language: 'en-US' });
    expect(status).toBe(200);
    expect(body).toEqual({
      code: 2,
      data: null,
      message: 'parameter error: id is required',
      messageSourceHandler: {},
    });
  });

  it('answers an unknown path under the base with HTTP 404 and code 404', async () => {
    const { status, body } = await sandbox.call('/v1.1/payment/nowhere', {}, { language: 'en' });
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 404, data: null, messageSourceHandler: {} });
    expect(body.message).toContain('/v1.1/payment/nowhere');
  });

  it('answers a path outside the base path with 404 too', async () => {
    const response = await fetch(sandbox.url.replace('/cube/v4', '/other/v1.1/package/detail'), {
      method: 'POST',
      body: '{"id":1000000}',
    });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: number }).code).toBe(404);
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('answers %s on a known path with 405 and an envelope', async (method) => {
    const { status, body, headers } = await sandbox.call('/v1.1/package/detail', { id: 1000000 }, { method, language: 'en' });
    expect(status).toBe(405);
    expect(headers.get('allow')).toBe('POST');
    expect(body).toMatchObject({ code: 405, data: null, messageSourceHandler: {} });
    expect(body.message).toContain(method);
  });

  it.each([
    ['not JSON', '{"id": 1000000'],
    ['empty', ''],
    ['an array', '[{"id":1000000}]'],
    ['a string', '"hello"'],
    ['a number', '1000000'],
    ['null', 'null'],
  ])('answers code 2 for a body that is %s', async (_label, rawBody) => {
    const { status, body } = await sandbox.call('/v1.1/package/detail', undefined, { rawBody, language: 'en' });
    expect(status).toBe(200);
    expect(body.code).toBe(2);
    expect(body.data).toBeNull();
    expect(body.message).toContain('JSON object');
  });

  it('rejects a body over 64 kB with HTTP 413 and reads one at the limit', async () => {
    const fill = (total: number) => {
      const base = { ...PARTNER, type: 1, countryCode: 440, pad: '' };
      return JSON.stringify({ ...base, pad: 'x'.repeat(total - JSON.stringify(base).length) });
    };
    const atLimit = fill(SANDBOX_BODY_LIMIT);
    expect(Buffer.byteLength(atLimit)).toBe(SANDBOX_BODY_LIMIT);
    const ok = await sandbox.call('/package/countryPackageList', undefined, { rawBody: atLimit });
    expect(ok.status).toBe(200);
    expect(ok.body.code).toBe(0);

    const tooBig = await sandbox.call('/package/countryPackageList', undefined, {
      rawBody: fill(SANDBOX_BODY_LIMIT + 1),
      language: 'en',
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({ code: 413, data: null });
    expect(tooBig.body.message).toContain('too large');
  });

  it('ignores a query string in the path', async () => {
    const { body } = await sandbox.call('/v1.1/package/detail?lang=en', { id: 1000000 });
    expect(body.code).toBe(0);
  });
});

describe('answer language', () => {
  const sandbox = sandboxForSuite();

  const messageFor = async (language: string | undefined) =>
    (await sandbox.call('/v1.1/package/detail', { id: 1 }, { language })).body.message;

  it('answers in English for en-US and en*', async () => {
    expect(await messageFor('en-US')).toBe('package does not exist');
    expect(await messageFor('en')).toBe('package does not exist');
    expect(await messageFor('en-GB,en;q=0.9')).toBe('package does not exist');
    expect(await messageFor('fr-FR, en;q=0.5')).toBe('package does not exist');
  });

  it('answers in Simplified Chinese for zh-CN, no header or an unsupported language', async () => {
    expect(await messageFor('zh-CN')).toBe('套餐不存在');
    expect(await messageFor(undefined)).toBe('套餐不存在');
    expect(await messageFor('fr-FR')).toBe('套餐不存在');
    expect(await messageFor('zh-CN,zh;q=0.9,en;q=0.8')).toBe('套餐不存在');
  });

  it('keeps SUCCESS as the message of a success in both languages', async () => {
    for (const language of ['en-US', 'zh-CN']) {
      const { body } = await sandbox.call('/v1.1/package/detail', { id: 1000000 }, { language });
      expect(body.message).toBe('SUCCESS');
    }
  });
});

describe('latency', () => {
  it('delays each answer by latencyMs', async () => {
    const slow = await startTestSandbox({ latencyMs: 250 });
    const fast = await startTestSandbox();
    try {
      const time = async (sandbox: TestSandbox, path: string) => {
        const started = performance.now();
        await sandbox.call(path, { id: 1000000 });
        return performance.now() - started;
      };
      expect(await time(slow, '/v1.1/package/detail')).toBeGreaterThanOrEqual(240);
      expect(await time(slow, '/no/such/path')).toBeGreaterThanOrEqual(240);
      expect(await time(fast, '/v1.1/package/detail')).toBeLessThan(240);
    } finally {
      await slow.close();
      await fast.close();
    }
  });
});

describe('server options and handle()', () => {
  it('honours a custom base path and closes cleanly', async () => {
    const server = await startSandboxServer({ port: 0, basePath: '/api/sandbox/' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/sandbox$/);
    const response = await fetch(`${server.url}/v1.1/package/detail`, { method: 'POST', body: '{"id":1000000}' });
    expect(((await response.json()) as { code: number }).code).toBe(0);
    await server.close();
    await expect(fetch(`${server.url}/v1.1/package/detail`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('handles requests directly, with header names in any case', async () => {
    const sandbox = createSandbox();
    const result = await sandbox.handle({
      method: 'post',
      path: '/v1.1/package/detail',
      headers: { 'Accept-Language': 'en-US' },
      bodyText: '{"id":999}',
    });
    expect(result).toEqual({
      status: 200,
      body: { code: 2, data: null, message: 'package does not exist', messageSourceHandler: {} },
    });
  });
});
