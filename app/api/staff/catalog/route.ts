import { expireCatalog } from '@/lib/catalog';
import { isStaff } from '@/lib/staff/staff-session';

export const dynamic = 'force-dynamic';

/**
 * Makes the shop's cached catalog due for a refresh, so the next page view asks the provider again
 * (after a catalog change or a scenario at the provider). A failing refresh still serves the old copy.
 */
export async function POST(): Promise<Response> {
  if (!(await isStaff())) return Response.json({ error: 'staff only' }, { status: 401 });
  expireCatalog();
  return Response.json({ ok: true });
}
