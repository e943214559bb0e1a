import { revalidatePath } from 'next/cache';
import { refreshCatalog } from '@/lib/catalog';
import { getEnv } from '@/lib/env';
import { announceCatalogRefresh } from '@/lib/fanout';
import { refuseCrossSite } from '@/lib/security/same-origin';
import { isStaff } from '@/lib/staff';

export const dynamic = 'force-dynamic';

/**
 * On-demand catalog refresh: after a price or package change at the provider, staff make every
 * page read the catalog again at once instead of within the cache's minute: here, and (through
 * PostgreSQL) in every other instance.
 */
export async function POST(request: Request): Promise<Response> {
  if (!(await isStaff())) return Response.json({ ok: false, error: 'staff only: sign in to the staff console' }, { status: 401 });
  // It changes what every page shows: only from the shop's own pages (a JSON body, any content).
  const crossSite = refuseCrossSite(request, getEnv().trustedProxyCount);
  if (crossSite) return crossSite;
  refreshCatalog();
  // The cached home and country pages are rendered again on their next view.
  revalidatePath('/', 'layout');
  const otherInstances = await announceCatalogRefresh('catalog');
  return Response.json({ ok: true, refreshedAt: new Date().toISOString(), otherInstances });
}
