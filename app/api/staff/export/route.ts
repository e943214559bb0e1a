import { callLogSecrets, getCallLogStore } from '@/lib/call-log';
import { toJsonExport, toReadableReport } from '@/lib/call-log/report';
import { getEnv } from '@/lib/env';
import { callFilterSchema, isStaff } from '@/lib/staff';

export const dynamic = 'force-dynamic';

/** The call log as a JSON file or a readable Markdown report, to attach to a provider ticket. */
export async function GET(request: Request): Promise<Response> {
  if (!(await isStaff())) return Response.json({ error: 'staff only' }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const format = params.get('format') === 'md' ? 'md' : 'json';
  const parsed = callFilterSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return Response.json({ error: 'invalid filter' }, { status: 400 });
  const { endpoint, code, order } = parsed.data;
  // Oldest first: a provider ticket reads as a story.
  const calls = (await getCallLogStore().list({ endpoint, code, orderRef: order, limit: 1000 })).reverse();
  const env = getEnv();
  const exportedAt = new Date().toISOString();
  const meta = { environment: env.sandbox ? 'sandbox' : 'uat', baseUrl: env.baseUrl, partnerCode: env.partnerCode, exportedAt };
  const stamp = exportedAt.replace(/[:.]/g, '-');
  if (format === 'md') {
    return new Response(toReadableReport(calls, meta, { secrets: callLogSecrets() }), {
      headers: {
        'content-type': 'text/markdown; charset=utf-8',
        'content-disposition': `attachment; filename="provider-calls-${stamp}.md"`,
        'cache-control': 'no-store',
      },
    });
  }
  return new Response(JSON.stringify(toJsonExport(calls, meta), null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="provider-calls-${stamp}.json"`,
      'cache-control': 'no-store',
    },
  });
}
