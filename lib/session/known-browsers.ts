import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { getSessionSecret } from '@/lib/session/session-secret';

/** A customer account (`customer:` and the e-mail in lower case) or the staff console. */
export type BrowserAccount = `customer:${string}` | 'staff';

const COOKIE = 'esim_known';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
/** Enough for a family's shared computer; the oldest account is forgotten first. */
const MAX_ACCOUNTS = 8;

const knownSchema = z.object({ accounts: z.array(z.string()).max(MAX_ACCOUNTS) });

export const customerAccount = (email: string): BrowserAccount => `customer:${email.trim().toLowerCase()}`;

/**
 * The accounts that have signed in with this browser before, sealed (encrypted and signed) in a
 * cookie of its own that outlives sign-out: the sign-in limits let such a browser in while its
 * account is under a guessing attack from elsewhere (lib/rate-limit/sign-in-guard.ts).
 */
async function knownAccounts(): Promise<string[]> {
  const seal = (await cookies()).get(COOKIE)?.value;
  if (!seal) return [];
  try {
    const parsed = knownSchema.safeParse(await unsealData(seal, { password: getSessionSecret(), ttl: ONE_YEAR_SECONDS }));
    return parsed.success ? parsed.data.accounts : [];
  } catch {
    return [];
  }
}

export async function isKnownBrowser(account: BrowserAccount): Promise<boolean> {
  return (await knownAccounts()).includes(account);
}

/** After a right password: this browser is one the account's owner uses. */
export async function rememberBrowser(account: BrowserAccount): Promise<void> {
  const accounts = [account, ...(await knownAccounts()).filter((known) => known !== account)].slice(0, MAX_ACCOUNTS);
  const seal = await sealData({ accounts }, { password: getSessionSecret(), ttl: ONE_YEAR_SECONDS });
  (await cookies()).set(COOKIE, seal, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().sessionCookieSecure,
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
  });
}
