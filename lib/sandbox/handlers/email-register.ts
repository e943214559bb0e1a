import { accountKey, type SandboxAccount } from '@/lib/sandbox/accounts';
import { CODES, SandboxError, badParameter } from '@/lib/sandbox/errors';
import type { HandlerContext, SandboxRoute } from '@/lib/sandbox/handlers/context';
import { readCredentials } from '@/lib/sandbox/handlers/credentials';
import type { LoginData } from '@/lib/sandbox/handlers/login';
import { MESSAGES } from '@/lib/sandbox/messages';
import { issueToken } from '@/lib/sandbox/tokens';

/** Deliberately loose: one `@`, a dot in the domain, no spaces; the shop validates properly before. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 254;

/**
 * Creates a customer account of the partner and logs it in. The answer shape is a sandbox
 * decision (undocumented): the same as a login's, so the shop needs no second login.
 * `verifyCode` is deprecated upstream and ignored, whatever it carries.
 */
function emailRegister({ body, state }: HandlerContext): LoginData {
  const { email, passwd, partnerCode } = readCredentials(body, state);
  const trimmed = email.trim();
  if (trimmed.length > MAX_EMAIL_LENGTH || !EMAIL.test(trimmed)) throw badParameter(MESSAGES.notEmail);
  const key = accountKey(trimmed);
  if (state.accounts.has(key)) throw new SandboxError(CODES.emailRegistered, MESSAGES.emailRegistered);
  const account: SandboxAccount = { email: trimmed, passwordMd5: passwd, partnerCode, role: 'customer' };
  state.accounts.set(key, account);
  const issued = issueToken(state, account);
  return { token: issued.token, expireTime: issued.expiresAt.toISOString() };
}

/** `/user/emailRegister`: a new customer account and its first token. No token needed. */
export const emailRegisterRoute: SandboxRoute = { auth: false, handle: emailRegister };
