import { NextResponse, type NextRequest } from 'next/server';
import { buildCsp, createNonce, NONCE_HEADER } from '@/lib/security/content-security-policy';

/**
 * A fresh nonce and Content-Security-Policy for every page, server action and route handler. Next
 * reads the nonce from the request's policy header while rendering and puts it on its own scripts;
 * the other security headers come from `headers()` in `next.config.mjs`.
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const csp = buildCsp({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    https: process.env.NODE_ENV === 'production' && request.nextUrl.protocol === 'https:',
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    // Everything but built assets, the favicon and the provider sandbox (the fake provider, not the shop).
    // Server actions are POSTs to their page's path, so they are covered with the pages.
    '/((?!_next/static/|_next/image|favicon\\.ico|api/sandbox/).*)',
  ],
};
