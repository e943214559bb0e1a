import { CODES } from '@/lib/sandbox/errors';
import { MESSAGES } from '@/lib/sandbox/messages';
import type { SandboxState } from '@/lib/sandbox/state';
import type { Localized } from '@/lib/sandbox/types';

/** The codes fault injection may answer with: the documented failures a shop must survive. */
export const FORCEABLE_CODES = [
  CODES.tokenInvalid,
  CODES.badParameter,
  CODES.orderSystemError,
  CODES.noProfile,
  CODES.preOrderTimeout,
  CODES.orderMissing,
  CODES.payAmountMismatch,
  CODES.error,
] as const;

export type ForceableCode = (typeof FORCEABLE_CODES)[number];

/** One `forceCode` in force: `remaining` more calls to `path` answer `code`. */
export type ForcedCode = { readonly path: string; readonly code: ForceableCode; remaining: number };

/** The message of each forced code: the same text the natural error carries. */
export const FORCED_MESSAGES: Readonly<Record<ForceableCode, Localized>> = {
  [CODES.tokenInvalid]: MESSAGES.tokenInvalid,
  [CODES.badParameter]: MESSAGES.badParameter,
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

/** Consumes one forced answer for `path`, oldest first; undefined when none is in force. */
export function takeForcedCode(state: SandboxState, path: string): ForceableCode | undefined {
  const index = state.forcedCodes.findIndex((forced) => forced.path === path);
  const forced = state.forcedCodes[index];
  if (!forced) return undefined;
  forced.remaining -= 1;
  if (forced.remaining <= 0) state.forcedCodes.splice(index, 1);
  return forced.code;
}
