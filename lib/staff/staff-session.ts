import 'server-only';
import { getIronSession } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { getEnv } from '@/lib/env';
import { clientAddress } from '@/lib/security/client-address';
import { getSessionSecret } from '@/lib/session/session-secret';
import { createSlowdown, passwordsMatch } from '@/lib/staff/password-check';

type StaffSessionData = { signedInAt?: string };

/** A staff session lasts a working day. */
const STAFF_TTL_SECONDS = 8 * 60 * 60;

const slowdownKey = Symbol.for('esim-qr-mall.staff-slowdown');
type Holder = { [slowdownKey]?: ReturnType<typeof createSlowdown> };
function slowdown() {
  const holder = globalThis as Holder;
  holder[slowdownKey] ??= createSlowdown();
  return holder[slowdownKey];
}

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
  const { signedInAt } = await session();
  return Boolean(signedInAt) && Date.now() - Date.parse(signedInAt!) < STAFF_TTL_SECONDS * 1000;
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

async function clientKey(): Promise<string> {
  return clientAddress(await headers(), getEnv().trustedProxyCount) ?? 'direct';
}

export async function signInStaff(password: string): Promise<'ok' | 'wrong' | 'off'> {
  const expected = getEnv().staffPassword;
  if (!expected) return 'off';
  const client = await clientKey();
  const delay = slowdown().delayFor(client);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  if (!passwordsMatch(password, expected)) {
    slowdown().failed(client);
    return 'wrong';
  }
  slowdown().succeeded(client);
  const data = await session();
  data.signedInAt = new Date().toISOString();
  await data.save();
  return 'ok';
}

export async function signOutStaff(): Promise<void> {
  (await session()).destroy();
}
