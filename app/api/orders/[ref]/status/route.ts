import { getPreferences } from '@/lib/catalog/preferences';
import { readOrderStatus } from '@/lib/orders';

export const dynamic = 'force-dynamic';

/** The order page's poller: the stage, refreshed from the provider through the shop's server. */
export async function GET(_request: Request, { params }: { params: Promise<{ ref: string }> }): Promise<Response> {
  const { locale } = await getPreferences();
  const view = await readOrderStatus((await params).ref, locale);
  if (!view) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(view, { headers: { 'cache-control': 'no-store' } });
}
