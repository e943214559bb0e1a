import 'server-only';
import { getIronSession } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { getEnv } from '@/lib/env';
import { getSessionSecret } from '@/lib/session/session-secret';
import { passwordsMatch } from '@/lib/staff/password-check';
import { getStores } from '@/lib/store';
import { newSessionId } from '@/lib/store/records';

/** The id of the session the store keeps: sign-out ends it, so a copy of the cookie opens nothing after. */
type StaffSessionData = { sessionId?: string; signedInAt?: string };

/** A staff session lasts a working day. */
const STAFF_TTL_SECONDS = 8 * 60 * 60;

async function session() {
  return getIronSession<StaffSessionData>(await cookies(), {
    password: getSessionSecret(),
    cookieName: 'esim_staff',
    ttl: STAFF_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'strict', secure: getEnv().sessionCookieSecure, path: '/' },
  });
}

/** Whether the console is on: a staff password is configured (or the shop runs on its sandbox). */
export function staffConsoleEnabled(): boolean {
  return Boolean(getEnv().staffPassword);
}

export async function isStaff(): Promise<boolean> {
  if (!staffConsoleEnabled()) return false;
  const { sessionId, signedInAt } = await session();
  // A cookie sealed before sessions were recorded carries no id: it counts as signed out.
  if (!sessionId || !signedInAt || Date.now() - Date.parse(signedInAt) >= STAFF_TTL_SECONDS * 1000) return false;
  return getStores().sessions.isLive(sessionId, 'staff', new Date().toISOString());
}

/** For staff pages: anyone else goes to the staff sign-in. */
export async function requireStaffPage(): Promise<void> {
  if (!(await isStaff())) redirect('/staff/sign-in');
}

/**
 * For staff actions: refuse anyone else, whatever the browser sent, with 401 (403 when the console
 * is off) and the page `app/(shop)/staff/unauthorized.tsx` (`forbidden.tsx`) in place of the one
 * the action was sent from. A form sent without JavaScript (no `next-action` header) goes to the
 * sign-in instead, as the staff pages do: for such a post Next answers any refusal with its 404 page.
 */
export async function assertStaff(): Promise<void> {
  if (await isStaff()) return;
  if (!(await headers()).has('next-action')) redirect('/staff/sign-in');
  if (!staffConsoleEnabled()) forbidden();
  unauthorized();
}

/** The password check alone; the sign-in limits are the caller's (components/staff/staff-actions.ts). */
export function checkStaffPassword(password: string): 'ok' | 'wrong' | 'off' {
  const expected = getEnv().staffPassword;
  if (!expected) return 'off';
  return passwordsMatch(password, expected) ? 'ok' : 'wrong';
}

export async function startStaffSession(): Promise<void> {
  const data = await session();
  const store = getStores();
  const now = new Date();
  if (data.sessionId) await store.sessions.end(data.sessionId, now.toISOString());
  const sessionId = newSessionId();
  const expiresAt = new Date(now.getTime() + STAFF_TTL_SECONDS * 1000).toISOString();
  await store.sessions.start({ id: sessionId, kind: 'staff', createdAt: now.toISOString(), expiresAt });
  data.sessionId = sessionId;
  data.signedInAt = now.toISOString();
  await data.save();
}

/** Sign-out: the session ends on the server and the cookie is cleared. */
export async function signOutStaff(): Promise<void> {
  const data = await session();
  if (data.sessionId) await getStores().sessions.end(data.sessionId, new Date().toISOString());
  data.destroy();
}
