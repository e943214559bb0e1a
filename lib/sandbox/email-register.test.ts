import { describe, expect, it } from 'vitest';

import { SANDBOX_ACCOUNT, SANDBOX_CUSTOMER } from '@/lib/sandbox/accounts';
import { md5Hex } from '@/lib/sandbox/md5';
import { CUSTOMER_LOGIN_BODY, testClock } from '@/lib/test-support/sandbox-calls';
import { expectTokenAnswer, sandboxForSuite } from '@/lib/test-support/sandbox-suite';

const REGISTER = '/user/emailRegister';

const registration = (email: string, password = 'new-password') => ({
  email,
  passwd: md5Hex(password),
  partnerCode: SANDBOX_ACCOUNT.partnerCode,
});

describe('POST /user/emailRegister', () => {
  const clock = testClock('2026-12-05T03:14:50.958Z');
  const sandbox = sandboxForSuite({ now: clock.now }, { reset: true });

  const register = (body: object, language = 'en-US') => sandbox.call(REGISTER, body, { language });

  it('creates a customer account and answers a token like a login, with no token needed', async () => {
    const answer = await register({ ...registration('new.buyer@example.com'), verifyCode: '123456', appId: 14, userType: 4 });
    const data = expectTokenAnswer(answer, '2026-12-08T03:14:50.958Z');
    expect(sandbox.server.sandbox.state.accounts.get('new.buyer@example.com')).toMatchObject({ role: 'customer', partnerCode: '1000000005' });

    const id = await sandbox.preOrder(data.token);
    expect(sandbox.server.sandbox.state.orders.get(id)?.accountEmail).toBe('new.buyer@example.com');
  });

  it('lets the new account log in with its password, and only with it', async () => {
    await register(registration('Login.Later@Example.com', 'my secret'));
    const token = await sandbox.loginAs('login.later@example.com', 'my secret');
    expect(token).toMatch(/^[0-9a-f]+$/);
    expect((await sandbox.call('/user/login', registration('login.later@example.com', 'wrong'))).body.code).toBe(1001);
  });

  it('answers 1002 "this email is already registered" for a taken e-mail, in any case', async () => {
    expect((await register(registration('dup@example.com'))).body.code).toBe(0);
    const again = await register(registration('DUP@example.com', 'other'));
    expect(again.body).toEqual({ code: 1002, data: null, message: 'this email is already registered', messageSourceHandler: {} });
    expect((await register(registration('dup@example.com'), 'zh-CN')).body.message).toBe('该邮箱已注册');
    await sandbox.loginAs('dup@example.com', 'new-password');
    for (const email of [SANDBOX_ACCOUNT.email, SANDBOX_CUSTOMER.email]) {
      expect((await register(registration(email))).body.code).toBe(1002);
    }
    expect(sandbox.server.sandbox.state.accounts.get(SANDBOX_ACCOUNT.email)?.role).toBe('partner');
  });

  it('logs the seeded demo customer in', async () => {
    const { body } = await sandbox.call('/user/login', CUSTOMER_LOGIN_BODY);
    expect(body.code).toBe(0);
  });

  it.each([
    ['email', { email: undefined }],
    ['email', { email: 'not-an-email' }],
    ['email', { email: 'two words@example.com' }],
    ['email', { email: 42 }],
    ['passwd', { passwd: undefined }],
    ['passwd', { passwd: 'plain-password' }],
    ['passwd', { passwd: md5Hex('x').toUpperCase() }],
    ['partnerCode', { partnerCode: undefined }],
    ['partnerCode', { partnerCode: '1000000006' }],
    ['appId', { appId: 99 }],
  ])('answers code 2 naming %s for %j and creates nothing', async (field, change) => {
    const before = sandbox.server.sandbox.state.accounts.size;
    const { body } = await register({ ...registration('bad.fields@example.com'), ...change });
    expect(body.code).toBe(2);
    expect(body.data).toBeNull();
    expect(body.message).toContain(field);
    expect(sandbox.server.sandbox.state.accounts.size).toBe(before);
  });
});
