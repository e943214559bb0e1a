import 'server-only';
import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { getSessionSecret } from '@/lib/session/session-secret';

/** The provider's token of a signed-in customer lives only here, sealed inside an httpOnly cookie. */
export type CustomerSessionData = { email?: string; token?: string; expiresAt?: string };

export type SignedInCustomer = { email: string; token: string };

/** The provider's customer tokens are valid for 3 days: the session never outlives its token. */
const SESSION_TTL_SECONDS = 3 * 24 * 60 * 60;

function sessionOptions(): SessionOptions {
  return {
    password: getSessionSecret(),
    cookieName: 'esim_session',
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: getEnv().sessionCookieSecure, path: '/' },
  };
}

async function session() {
  return getIronSession<CustomerSessionData>(await cookies(), sessionOptions());
}

export async function getSignedInCustomer(): Promise<SignedInCustomer | null> {
  const data = await session();
  if (!data.email || !data.token) return null;
  if (data.expiresAt && Date.parse(data.expiresAt) <= Date.now()) return null;
  return { email: data.email, token: data.token };
}

export async function signInCustomer(email: string, token: string, expiresAt: string | null): Promise<void> {
  const data = await session();
  data.email = email;
  data.token = token;
  data.expiresAt = expiresAt ?? new Date(Date.now() + SESSION_TTL_SECONDS * 1000).toISOString();
  await data.save();
}

export async function signOutCustomer(): Promise<void> {
  (await session()).destroy();
}
