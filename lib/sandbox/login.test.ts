import { describe, expect, it } from 'vitest';

import { SANDBOX_DEFAULTS } from '@/lib/env';
import { SANDBOX_ACCOUNT } from '@/lib/sandbox/accounts';
import { md5Hex } from '@/lib/sandbox/md5';
import { LOGIN_BODY, testClock } from '@/lib/test-support/sandbox-calls';
import { expectTokenAnswer, sandboxForSuite } from '@/lib/test-support/sandbox-suite';

describe('login', () => {
  const clock = testClock('2026-12-05T03:14:50.958Z');
  const sandbox = sandboxForSuite({ now: clock.now });

  it('seeds the account of SANDBOX_DEFAULTS', () => {
    expect(SANDBOX_ACCOUNT).toEqual({
      email: SANDBOX_DEFAULTS.email,
      password: SANDBOX_DEFAULTS.password,
      partnerCode: SANDBOX_DEFAULTS.partnerCode,
    });
    expect(LOGIN_BODY.passwd).toMatch(/^[0-9a-f]{32}$/);
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  it.each(['/user/login', '/user/emailLogin'])('%s returns a token valid 3 days from now()', async (path) => {
    expectTokenAnswer(await sandbox.call(path, { ...LOGIN_BODY, appId: 14, userType: 4 }), '2026-12-08T03:14:50.958Z');
  });

  it('issues a new token at each login', async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i += 1) tokens.add(await sandbox.login());
    expect(tokens.size).toBe(5);
  });

  it('accepts the e-mail in any case', async () => {
    const { body } = await sandbox.call('/user/login', { ...LOGIN_BODY, email: SANDBOX_ACCOUNT.email.toUpperCase() });
    expect(body.code).toBe(0);
  });

  it('answers 1001 for a wrong password or an unknown e-mail', async () => {
    const wrongPassword = await sandbox.call('/user/login', { ...LOGIN_BODY, passwd: md5Hex('nope') }, { language: 'en-US' });
    expect(wrongPassword.body).toEqual({
      code: 1001,
      data: null,
      message: 'incorrect email or password',
      messageSourceHandler: {},
    });
    const unknownEmail = await sandbox.call('/user/emailLogin', { ...LOGIN_BODY, email: 'someone@example.com' });
    expect(unknownEmail.body.code).toBe(1001);
    expect(unknownEmail.body.message).toBe('邮箱或密码错误');
  });

  it('answers code 2 for an unknown partnerCode', async () => {
    const { body } = await sandbox.call('/user/login', { ...LOGIN_BODY, partnerCode: '1000000006' }, { language: 'en' });
    expect(body.code).toBe(2);
    expect(body.message).toContain('partnerCode');
  });

  it.each([
    ['email', { ...LOGIN_BODY, email: undefined }],
    ['passwd', { ...LOGIN_BODY, passwd: undefined }],
    ['partnerCode', { ...LOGIN_BODY, partnerCode: undefined }],
    ['passwd', { ...LOGIN_BODY, passwd: SANDBOX_ACCOUNT.password }],
    ['passwd', { ...LOGIN_BODY, passwd: md5Hex(SANDBOX_ACCOUNT.password).toUpperCase() }],
    ['email', { ...LOGIN_BODY, email: 42 }],
    ['appId', { ...LOGIN_BODY, appId: 99 }],
    ['userType', { ...LOGIN_BODY, userType: 'customer' }],
  ])('answers code 2 naming %s for a bad field', async (field, body) => {
    const response = await sandbox.call('/user/login', body, { language: 'en' });
    expect(response.body.code).toBe(2);
    expect(response.body.data).toBeNull();
    expect(response.body.message).toContain(field);
  });
});
