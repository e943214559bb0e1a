import type { Localized } from '@/lib/sandbox/types';

/** Provider codes the sandbox answers with. */
export const CODES = {
  success: 0,
  badParameter: 2,
  tokenInvalid: 7,
  notFound: 404,
  methodNotAllowed: 405,
  bodyTooLarge: 413,
  loginFailed: 1001,
  emailRegistered: 1002,
  timeConversion: 1102,
  orderSystemError: 3004,
  noProfile: 3005,
  preOrderTimeout: 6006,
  orderMissing: 10008,
  payAmountMismatch: 10009,
  error: 9999,
} as const;

/** A business error: becomes an envelope with this code and message (HTTP 200 unless said otherwise). */
export class SandboxError extends Error {
  constructor(
    readonly code: number,
    readonly text: Localized,
    readonly httpStatus = 200,
  ) {
    super(text.en);
    this.name = 'SandboxError';
  }
}

export function badParameter(text: Localized): SandboxError {
  return new SandboxError(CODES.badParameter, text);
}
