import { accountKey } from '@/lib/sandbox/accounts';
import { CODES, SandboxError } from '@/lib/sandbox/errors';
import type { HandlerContext, SandboxRoute } from '@/lib/sandbox/handlers/context';
import { readCredentials } from '@/lib/sandbox/handlers/credentials';
import { MESSAGES } from '@/lib/sandbox/messages';
import { issueToken } from '@/lib/sandbox/tokens';

export type LoginData = { token: string; expireTime: string };

function login({ body, state }: HandlerContext): LoginData {
  const { email, passwd, partnerCode } = readCredentials(body, state);
  const account = state.accounts.get(accountKey(email));
  if (!account || account.passwordMd5 !== passwd || account.partnerCode !== partnerCode) {
    throw new SandboxError(CODES.loginFailed, MESSAGES.loginFailed);
  }
  const issued = issueToken(state, account);
  return { token: issued.token, expireTime: issued.expiresAt.toISOString() };
}

/** `/user/login` and `/user/emailLogin`: a new token, valid 3 days. */
export const loginRoute: SandboxRoute = { auth: false, handle: login };
