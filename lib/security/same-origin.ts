/**
 * The shop's own host as this request reached it: Host when the shop is reached directly; behind
 * trusted proxies, the X-Forwarded-Host the nearest one set (a client could write either header
 * itself, so the proxies' is believed only when they are configured).
 */
export function shopHost(headers: Pick<Headers, 'get'>, trustedProxies: number): string | undefined {
  const forwarded =
    trustedProxies > 0
      ? (headers.get('x-forwarded-host') ?? '')
          .split(',')
          .map((host) => host.trim())
          .filter(Boolean)
          .at(-1)
      : undefined;
  return (forwarded ?? headers.get('host')?.trim())?.toLowerCase() || undefined;
}

const refuse = (status: 403 | 415, error: string) => Response.json({ ok: false, error }, { status });

/**
 * For routes that change state: only JSON sent by the shop's own pages. A form on another site, or
 * on another port of this one (the same site, so even a SameSite=Strict cookie goes along), can post
 * `text/plain` without asking; a browser always says where such a POST comes from in `Origin`, and
 * JSON from elsewhere needs a CORS preflight the shop never grants. Compares host and port, as Next
 * does for server actions. Answers the refusal, or undefined to go on.
 */
export function refuseCrossSite(request: Request, trustedProxies: number): Response | undefined {
  const origin = request.headers.get('origin');
  let from: string | undefined;
  try {
    from = origin && origin !== 'null' ? new URL(origin).host.toLowerCase() : undefined;
  } catch {
    from = undefined;
  }
  const host = shopHost(request.headers, trustedProxies);
  if (!from || !host || from !== host) return refuse(403, "origin: only the shop's own pages may send this");
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return refuse(415, 'content-type: must be application/json');
  return undefined;
}
