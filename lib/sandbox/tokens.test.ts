import { describe, expect, it } from 'vitest';

import { TOKEN_LIFETIME_MS } from '@/lib/sandbox/tokens';
import { DOC_PRE_ORDER, testClock } from '@/lib/test-support/sandbox-calls';
import { sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const PRE_ORDER = '/v1.1/package/preOrderPackage';

describe('tokens', () => {
  const clock = testClock('2026-12-05T00:00:00.000Z');
  const sandbox = sandboxForSuite({ now: clock.now, acceptedTokens: ['configured-access-token', ''] });

  it('answers code 7 without a token', async () => {
    const { status, body } = await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { language: 'en-US' });
    expect(status).toBe(200);
    expect(body).toEqual({
      code: 7,
      data: null,
      message: 'token expired or invalid, please log in',
      messageSourceHandler: {},
    });
  });

  it('answers code 7 for an unknown or empty token, in Chinese by default', async () => {
    for (const token of ['not-a-token', '']) {
      const { body } = await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token });
      expect(body.code).toBe(7);
      expect(body.message).toBe('token已过期或无效，请重新登录');
    }
  });

  it('checks the token before the body', async () => {
    const { body } = await sandbox.call(PRE_ORDER, undefined, { rawBody: 'not json' });
    expect(body.code).toBe(7);
  });

  it('keeps a login token valid for 3 days, then answers code 7', async () => {
    const token = await sandbox.login();
    clock.advance(TOKEN_LIFETIME_MS - 1);
    expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token })).body.code).toBe(0);
    clock.advance(1);
    expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token })).body.code).toBe(7);
    expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: await sandbox.login() })).body.code).toBe(0);
  });

  it('always accepts a token of acceptedTokens, but never an empty one', async () => {
    expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: 'configured-access-token' })).body.code).toBe(0);
    clock.advance(365 * 24 * 60 * 60 * 1000);
    expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: 'configured-access-token' })).body.code).toBe(0);
    expect((await sandbox.call(PRE_ORDER, DOC_PRE_ORDER, { token: '' })).body.code).toBe(7);
  });

  it('needs no token for the catalog calls, and ignores a bad one there', async () => {
    const calls: [string, object][] = [
      ['/package/countryPackageList', { partnerCode: '1000000005', type: 1 }],
      ['/v1.1/package/packageList', { partnerCode: '1000000005', type: 1, countryCode: 440 }],
      ['/v1.1/package/detail', { id: 1000000 }],
    ];
    for (const [path, body] of calls) {
      expect((await sandbox.call(path, body)).body.code).toBe(0);
      expect((await sandbox.call(path, body, { token: 'expired-or-garbage' })).body.code).toBe(0);
    }
  });
});
