import { CODES } from '@/lib/sandbox/errors';
import { MESSAGES } from '@/lib/sandbox/messages';
import type { Localized } from '@/lib/sandbox/types';

/** The codes fault injection may answer with: the documented failures a shop must survive. */
export const FORCEABLE_CODES = [
  CODES.tokenInvalid,
  CODES.badParameter,
  CODES.timeConversion,
  CODES.orderSystemError,
  CODES.noProfile,
  CODES.preOrderTimeout,
  CODES.orderMissing,
  CODES.payAmountMismatch,
  CODES.error,
] as const;

export type ForceableCode = (typeof FORCEABLE_CODES)[number];

/** The message of each forced code: the same text the natural error carries. */
export const FORCED_MESSAGES: Readonly<Record<ForceableCode, Localized>> = {
  [CODES.tokenInvalid]: MESSAGES.tokenInvalid,
  [CODES.badParameter]: MESSAGES.badParameter,
  [CODES.timeConversion]: MESSAGES.timeConversion,
  [CODES.orderSystemError]: MESSAGES.orderSystemError,
  [CODES.noProfile]: MESSAGES.noProfile,
  [CODES.preOrderTimeout]: MESSAGES.preOrderTimeout,
  [CODES.orderMissing]: MESSAGES.orderMissing,
  [CODES.payAmountMismatch]: MESSAGES.payAmountMismatch,
  [CODES.error]: MESSAGES.internalError,
};

export function isForceableCode(code: unknown): code is ForceableCode {
  return FORCEABLE_CODES.some((allowed) => allowed === code);
}
