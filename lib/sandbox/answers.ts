import type { SandboxResponse } from '@/lib/sandbox/envelope';

/**
 * An answer that is not an envelope, sent as is: a broken body, a gateway's error page, or the
 * PayPal stand-in's own JSON and script, with its extra headers (CORS).
 */
export type SandboxRawResponse = { status: number; rawBody: string; contentType: string; headers?: Readonly<Record<string, string>> };

/** What `Sandbox.handle` answers: an envelope (serialised by the transport) or a raw body. */
export type SandboxAnswer = SandboxResponse | SandboxRawResponse;

const JSON_TYPE = 'application/json;charset=UTF-8';
const HTML_TYPE = 'text/html;charset=UTF-8';

export function isRawAnswer(answer: SandboxAnswer): answer is SandboxRawResponse {
  return 'rawBody' in answer;
}

/** The status, content type and body text a transport sends for an answer. */
export function answerText(answer: SandboxAnswer): { status: number; contentType: string; text: string } {
  if (isRawAnswer(answer)) return { status: answer.status, contentType: answer.contentType, text: answer.rawBody };
  return { status: answer.status, contentType: JSON_TYPE, text: JSON.stringify(answer.body) };
}

/**
 * The headers a transport sends with an answer besides its length: the content type (none on a
 * 204, which has no body), `allow` on an envelope's 405, and a raw answer's own headers.
 */
export function answerHeaders(answer: SandboxAnswer): Record<string, string> {
  const raw = isRawAnswer(answer);
  return {
    ...(answer.status === 204 ? {} : { 'content-type': raw ? answer.contentType : JSON_TYPE }),
    ...(!raw && answer.status === 405 ? { allow: 'POST' } : {}),
    ...(raw ? answer.headers : {}),
  };
}

/** A gateway's error page, like the one in front of the provider answers. */
function gatewayPage(status: number, title: string): SandboxRawResponse {
  const rawBody = `<html>\r\n<head><title>${status} ${title}</title></head>\r\n<body>\r\n<center><h1>${status} ${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
  return { status, rawBody, contentType: HTML_TYPE };
}

/** The kinds of broken answer `forceMalformed` can stand in with. */
export const MALFORMED_KINDS = ['not-json', 'no-data', 'http-500'] as const;

export type MalformedKind = (typeof MALFORMED_KINDS)[number];

export function isMalformedKind(kind: unknown): kind is MalformedKind {
  return MALFORMED_KINDS.some((allowed) => allowed === kind);
}

/** A success cut off mid-body, an envelope without `data`, and an HTML 500: each one a shop must not mistake for success. */
export const MALFORMED_ANSWERS: Readonly<Record<MalformedKind, SandboxRawResponse>> = {
  'not-json': { status: 200, rawBody: '{"code":0,"data":', contentType: JSON_TYPE },
  'no-data': { status: 200, rawBody: '{"code":0,"message":"SUCCESS"}', contentType: JSON_TYPE },
  'http-500': gatewayPage(500, 'Internal Server Error'),
};

/** What a held call answers if the client is still there once the hold ends. */
export const GATEWAY_TIMEOUT_ANSWER: SandboxRawResponse = gatewayPage(504, 'Gateway Time-out');
