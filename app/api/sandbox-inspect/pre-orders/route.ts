import { getInAppSandbox, sandboxEnabled } from '@/lib/sandbox/in-app';

export const dynamic = 'force-dynamic';

/**
 * How many pre-orders the built-in sandbox has taken, optionally for one package: lets tests prove
 * that a refused form never reached the provider. Sandbox data only; absent when not in sandbox mode.
 */
export async function GET(request: Request): Promise<Response> {
  if (!sandboxEnabled()) return new Response('Not Found', { status: 404 });
  const packageId = new URL(request.url).searchParams.get('packageId');
  if (packageId !== null && !/^\d{1,12}$/.test(packageId)) {
    return Response.json({ error: 'packageId must be a number' }, { status: 400 });
  }
  const orders = [...getInAppSandbox().state.orders.values()];
  const count = orders.filter((order) => packageId === null || order.packageId === Number(packageId)).length;
  return Response.json({ count });
}
