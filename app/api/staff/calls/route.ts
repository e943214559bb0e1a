import { getCallLogStore } from '@/lib/call-log';
import { callFilterSchema, isStaff } from '@/lib/staff';

export const dynamic = 'force-dynamic';

/** The call log for the console's live view: staff only, filters validated. */
export async function GET(request: Request): Promise<Response> {
  if (!(await isStaff())) return Response.json({ error: 'staff only' }, { status: 401 });
  const parsed = callFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: parsed.error.issues.map((issue) => issue.message).join('; ') }, { status: 400 });
  }
  const { endpoint, code, order, limit } = parsed.data;
  const calls = await getCallLogStore().list({ endpoint, code, orderRef: order, limit: limit ?? 200 });
  return Response.json({ calls }, { headers: { 'cache-control': 'no-store' } });
}
