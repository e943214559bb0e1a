import { CODES } from '@/lib/sandbox/errors';
import { parseLanguage } from '@/lib/sandbox/language';
import { MESSAGES } from '@/lib/sandbox/messages';
import type { Language, Localized } from '@/lib/sandbox/types';

/** The provider's answer envelope. */
export type Envelope = {
  code: number;
  data: unknown;
  message: string;
  messageSourceHandler: Record<string, never>;
};

export type SandboxResponse = { status: number; body: Envelope };

/** Largest request body the sandbox reads. */
export const SANDBOX_BODY_LIMIT = 64 * 1024;

export function successEnvelope(data: unknown): Envelope {
  return { code: CODES.success, data, message: 'SUCCESS', messageSourceHandler: {} };
}

export function errorEnvelope(code: number, text: Localized, language: Language): Envelope {
  return { code, data: null, message: text[language], messageSourceHandler: {} };
}

/** The HTTP 413 answer of a too large body, in the language of the request's `Accept-Language`. */
export function bodyTooLargeResponse(acceptLanguage: string | undefined): SandboxResponse {
  return {
    status: 413,
    body: errorEnvelope(CODES.bodyTooLarge, MESSAGES.bodyTooLarge(SANDBOX_BODY_LIMIT), parseLanguage(acceptLanguage)),
  };
}

/** The HTTP 404 answer of a path outside the sandbox. */
export function notFoundResponse(path: string, acceptLanguage: string | undefined): SandboxResponse {
  return { status: 404, body: errorEnvelope(CODES.notFound, MESSAGES.notFound(path), parseLanguage(acceptLanguage)) };
}
