import { revalidatePath } from 'next/cache';
import { isOwnPagesCall } from '@/lib/fanout';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * Renders the cached pages again, for this process's own catalog listener (lib/fanout): it hears
 * another instance's refresh outside any request, where `revalidatePath` cannot run. Anyone else
 * gets the 404 of an address that does not exist.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isOwnPagesCall(request.headers)) return new Response('Not Found', { status: 404 });
  // The whole tree, whatever the pages' public addresses become (`/en/countries/440`, …).
  revalidatePath('/', 'layout');
  return new Response(null, { status: 204 });
}
