import { z } from 'zod';
import { getEnv } from '@/lib/env';
import { getMailCatcher, redactCaughtMail } from '@/lib/mail';
import { refuseCrossSite } from '@/lib/security/same-origin';
import { isStaff } from '@/lib/staff';

export const dynamic = 'force-dynamic';

/**
 * What the shop's mail catcher received, parsed: for staff checking a message, and for the e2e suite.
 * Without activation codes and QR images (staff never see what installs a customer's eSIM), except
 * `?full=1` on the built-in sandbox, whose eSIMs are made up: how the tests read the QR code sent.
 */
export async function GET(request: Request): Promise<Response> {
  if (!(await isStaff())) return Response.json({ error: 'staff only' }, { status: 401 });
  const catcher = getMailCatcher();
  if (!catcher) return Response.json({ error: 'SMTP_URL is set: messages go to that server, not to the catcher' }, { status: 404 });
  const full = getEnv().sandbox && new URL(request.url).searchParams.get('full') === '1';
  const messages = await catcher.messages();
  return Response.json({ port: catcher.port, messages: full ? messages : messages.map(redactCaughtMail) }, { headers: { 'cache-control': 'no-store' } });
}

const outageSchema = z.object({ refuseForSeconds: z.int().min(0).max(3_600) });

/** A simulated SMTP outage at the catcher (451 to every message for a while), to watch the retries. */
export async function POST(request: Request): Promise<Response> {
  if (!(await isStaff())) return Response.json({ error: 'staff only' }, { status: 401 });
  const crossSite = refuseCrossSite(request, getEnv().trustedProxyCount);
  if (crossSite) return crossSite;
  const catcher = getMailCatcher();
  if (!catcher) return Response.json({ error: 'no mail catcher: SMTP_URL is set' }, { status: 404 });
  const parsed = outageSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'send {"refuseForSeconds": 0..3600}' }, { status: 400 });
  const until = new Date(Date.now() + parsed.data.refuseForSeconds * 1000);
  catcher.refuseUntil(until);
  return Response.json({ ok: true, refusingUntil: until.toISOString() });
}
