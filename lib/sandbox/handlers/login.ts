import { CODES, SandboxError, badParameter } from '@/lib/sandbox/errors';
import { intOneOf, optionalInt, requiredString } from '@/lib/sandbox/fields';
import { requirePartner, type HandlerContext, type SandboxRoute } from '@/lib/sandbox/handlers/context';
import { MESSAGES } from '@/lib/sandbox/messages';
import { issueToken } from '@/lib/sandbox/tokens';

export type LoginData = { token: string; expireTime: string };

const MD5_HEX = /^[0-9a-f]{32}$/;

function login({ body, state }: HandlerContext): LoginData {
  const email = requiredString(body, 'email');
  const passwd = requiredString(body, 'passwd');
  if (!MD5_HEX.test(passwd)) throw badParameter(MESSAGES.notMd5);
  const partnerCode = requirePartner(body, state);
  if (body.appId !== undefined && body.appId !== null) intOneOf(body, 'appId', [10, 12, 14]);
  optionalInt(body, 'userType');
  const account = state.accounts.get(email.trim().toLowerCase());
  if (!account || account.passwordMd5 !== passwd || account.partnerCode !== partnerCode) {
    throw new SandboxError(CODES.loginFailed, MESSAGES.loginFailed);
  }
  const issued = issueToken(state, account);
  return { token: issued.token, expireTime: issued.expiresAt.toISOString() };
}

/** `/user/login` and `/user/emailLogin`: a new token, valid 3 days. */
export const loginRoute: SandboxRoute = { auth: false, handle: login };
