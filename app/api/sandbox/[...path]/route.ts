import { answerHeaders, isRawAnswer } from '@/lib/sandbox';
import { bodyTooLargeResponse, SANDBOX_BODY_LIMIT } from '@/lib/sandbox';
import { getInAppSandbox, sandboxEnabled } from '@/lib/in-app-sandbox';
import { readWebBody } from '@/lib/sandbox';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type RouteContext = { params: Promise<{ path: string[] }> };

/** The built-in sandbox of the provider, at `/api/sandbox/<provider path>`. */
async function handle(request: Request, { params }: RouteContext): Promise<Response> {
  if (!sandboxEnabled()) return new Response('Not Found', { status: 404 });
  const headers = Object.fromEntries(request.headers.entries());
  const bodyText = await readWebBody(request, SANDBOX_BODY_LIMIT);
  if (bodyText === undefined) {
    const { status, body } = bodyTooLargeResponse(headers['accept-language']);
    return Response.json(body, { status });
  }
  const { path } = await params;
  const answer = await getInAppSandbox().handle({
    method: request.method,
    path: `/${path.join('/')}`,
    headers,
    bodyText,
    // Aborts when the shop's client gives up, which ends a delayed or held answer at once.
    signal: request.signal,
  });
  if (isRawAnswer(answer)) {
    // A 204 (the PayPal stand-in's CORS preflight) must have no body at all.
    return new Response(answer.status === 204 ? null : answer.rawBody, { status: answer.status, headers: answerHeaders(answer) });
  }
  return Response.json(answer.body, { status: answer.status, headers: answer.status === 405 ? { allow: 'POST' } : undefined });
}

export { handle as DELETE, handle as GET, handle as OPTIONS, handle as PATCH, handle as POST, handle as PUT };
