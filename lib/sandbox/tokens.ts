import { randomBytes } from 'node:crypto';

import { SANDBOX_ACCOUNT, type SandboxAccount } from '@/lib/sandbox/accounts';
import { DAY_MS } from '@/lib/sandbox/time';
import type { IssuedToken, SandboxState } from '@/lib/sandbox/records';

/** A login's token lives 3 days. */
export const TOKEN_LIFETIME_MS = 3 * DAY_MS;

/** A new random token for the account, valid 3 days from the sandbox's `now()`. */
export function issueToken(state: SandboxState, account: SandboxAccount): IssuedToken {
  const issued: IssuedToken = {
    token: randomBytes(24).toString('hex'),
    email: account.email,
    expiresAt: new Date(state.now().getTime() + TOKEN_LIFETIME_MS),
  };
  state.tokens.set(issued.token, issued);
  return issued;
}

/** The account a token stands for, or undefined when it is missing, unknown or expired. */
export function accountForToken(state: SandboxState, token: string | undefined): SandboxAccount | undefined {
  if (!token) return undefined;
  if (state.acceptedTokens.has(token)) return state.accounts.get(SANDBOX_ACCOUNT.email.toLowerCase());
  const issued = state.tokens.get(token);
  if (!issued) return undefined;
  if (state.now().getTime() >= issued.expiresAt.getTime()) {
    state.tokens.delete(token);
    return undefined;
  }
  return state.accounts.get(issued.email.toLowerCase());
}
