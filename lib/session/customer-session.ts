import 'server-only';
import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { getSessionSecret } from '@/lib/session/session-secret';
import { getStores } from '@/lib/store';
import { newSessionId } from '@/lib/store/records';

/**
 * The provider's token of a signed-in customer lives only here, sealed inside an httpOnly cookie,
 * with the id of the session the store keeps: sign-out ends that session, so a copy of the cookie
 * opens nothing afterwards. A cookie sealed before sessions were recorded has no id: signed out.
 */
export type CustomerSessionData = { sessionId?: string; email?: string; token?: string; expiresAt?: string };

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
  if (!data.sessionId || !data.email || !data.token) return null;
  const now = new Date();
  if (data.expiresAt && Date.parse(data.expiresAt) <= now.getTime()) return null;
  if (!(await getStores().sessions.isLive(data.sessionId, 'customer', now.toISOString()))) return null;
  return { email: data.email, token: data.token };
}

export async function signInCustomer(email: string, token: string, expiresAt: string | null): Promise<void> {
  const data = await session();
  const store = getStores();
  const now = new Date();
  // Whoever was signed in with this browser before is signed out on the server too.
  if (data.sessionId) await store.sessions.end(data.sessionId, now.toISOString());
  // The provider's expiry (in whatever format it sends) or the session's own, whichever comes first.
  const latest = now.getTime() + SESSION_TTL_SECONDS * 1000;
  const given = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  const ends = new Date(Number.isNaN(given) ? latest : Math.min(given, latest)).toISOString();
  const sessionId = newSessionId();
  await store.sessions.start({ id: sessionId, kind: 'customer', createdAt: now.toISOString(), expiresAt: ends });
  data.sessionId = sessionId;
  data.email = email;
  data.token = token;
  data.expiresAt = ends;
  await data.save();
}

/**
 * Ends the session on the server without touching the cookie, for a page (which cannot set cookies)
 * that finds the provider's token refused: the cookie left behind opens nothing.
 */
export async function endCustomerSession(): Promise<void> {
  const { sessionId } = await session();
  if (sessionId) await getStores().sessions.end(sessionId, new Date().toISOString());
}

/** Sign-out: the session ends on the server and the cookie is cleared. */
export async function signOutCustomer(): Promise<void> {
  await endCustomerSession();
  (await session()).destroy();
}
