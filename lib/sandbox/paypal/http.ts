import type { SandboxRawResponse } from '@/lib/sandbox/answers';

/*
 * How the stand-in answers over HTTP. The standalone sandbox is another origin than the shop, so
 * every answer allows any origin (no cookies are involved) and the headers PayPal's clients send.
 */

export const PAYPAL_CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, paypal-request-id, paypal-client-id, prefer',
  'access-control-expose-headers': 'paypal-debug-id',
  'access-control-max-age': '600',
};

const JSON_TYPE = 'application/json';

export function jsonAnswer(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): SandboxRawResponse {
  return { status, rawBody: JSON.stringify(body), contentType: JSON_TYPE, headers: { ...PAYPAL_CORS_HEADERS, ...headers } };
}

/** A CORS preflight: nothing but the headers. */
export function preflightAnswer(): SandboxRawResponse {
  return { status: 204, rawBody: '', contentType: 'text/plain', headers: { ...PAYPAL_CORS_HEADERS } };
}

export function scriptAnswer(script: string): SandboxRawResponse {
  return {
    status: 200,
    rawBody: script,
    contentType: 'application/javascript; charset=utf-8',
    // The script carries no state of its own, but a stale copy after a change would confuse a tester.
    headers: { ...PAYPAL_CORS_HEADERS, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' },
  };
}
