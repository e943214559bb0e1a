import { ACTION_BODY_LIMIT_BYTES } from '@/lib/security/action-body-limit.mjs';

/**
 * A request Next may run as a server action on a page, as Next itself tells: a POST with a
 * `next-action` header (a call from the page's JavaScript), or a form post (a form sent without
 * JavaScript). Route handlers under /api never run actions.
 */
export function mayBeServerAction(method: string, pathname: string, headers: Headers): boolean {
  if (method !== 'POST' || pathname.startsWith('/api/')) return false;
  if (headers.has('next-action')) return true;
  const type = (headers.get('content-type') ?? '').toLowerCase();
  return type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');
}

/**
 * Whether a body is over the limit: by its Content-Length, which Node's HTTP parser holds the body
 * to; a chunked body has none, so what arrives is counted, up to one chunk past the limit. (The
 * proxy reads its own copy: Next buffers the body for the page as well.)
 */
export async function bodyOverLimit(request: Request, limit: number = ACTION_BODY_LIMIT_BYTES): Promise<boolean> {
  const length = request.headers.get('content-length');
  if (length !== null) return Number(length) > limit;
  if (!request.body) return false;
  const reader = request.body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel();
      return true;
    }
  }
}
