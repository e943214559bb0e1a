import { revalidatePath } from 'next/cache';
import { getEnv } from '@/lib/env';
import { announceCatalogRefresh } from '@/lib/fanout';
import { getInAppSandbox, sandboxEnabled } from '@/lib/in-app-sandbox';
import { applyControlRequest, CONTROL_BODY_LIMIT, parseControlRequest, readWebBody, SandboxControlError } from '@/lib/sandbox';
import { refuseCrossSite } from '@/lib/security/same-origin';
import { isStaff } from '@/lib/staff';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const notFound = () => new Response('Not Found', { status: 404 });
const refused = (status: number, error: string) => Response.json({ ok: false, error }, { status });
const staffOnly = () => refused(401, 'staff only: sign in to the staff console');

/** The in-app sandbox's state: orders with their reports, profile pool, scenarios in force. Sandbox data only. */
export async function GET(): Promise<Response> {
  if (!sandboxEnabled()) return notFound();
  if (!(await isStaff())) return staffOnly();
  return Response.json(getInAppSandbox().control.snapshot());
}

/**
 * One control action on the in-app sandbox, e.g. `{"action": "forceCode", "path":
 * "/v1.1/payment/webhook", "code": 3004, "count": 1}`, `{"action": "addLatency", "path": "*",
 * "ms": 2000}` or `{"action": "clearScenarios"}` (all of them in CONTROL_ACTIONS); answers the
 * snapshot after it.
 */
export async function POST(request: Request): Promise<Response> {
  if (!sandboxEnabled()) return notFound();
  // Steering the sandbox is a staff console action: the staff session is checked on every call,
  // and the request must come from the shop's own pages.
  if (!(await isStaff())) return staffOnly();
  const crossSite = refuseCrossSite(request, getEnv().trustedProxyCount);
  if (crossSite) return crossSite;
  const text = await readWebBody(request, CONTROL_BODY_LIMIT);
  if (text === undefined) return refused(413, `body: larger than ${CONTROL_BODY_LIMIT} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refused(400, 'body: not valid JSON');
  }
  const parsed = parseControlRequest(value);
  if (!parsed.ok) return refused(400, parsed.error);
  const { control } = getInAppSandbox();
  try {
    applyControlRequest(control, parsed.request);
  } catch (error) {
    if (error instanceof SandboxControlError) return refused(error.status, error.message);
    throw error;
  }
  // A steered catalog shows on the cached home and country pages at their next view, on every instance.
  revalidatePath('/', 'layout');
  await announceCatalogRefresh('pages');
  return Response.json({ ok: true, snapshot: control.snapshot() });
}
