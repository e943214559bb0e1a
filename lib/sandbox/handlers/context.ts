import type { SandboxAccount } from '@/lib/sandbox/accounts';
import { badParameter } from '@/lib/sandbox/errors';
import { requiredString, type Body } from '@/lib/sandbox/fields';
import { MESSAGES } from '@/lib/sandbox/messages';
import type { Language } from '@/lib/sandbox/types';
import type { SandboxState } from '@/lib/sandbox/records';

export type HandlerContext = {
  readonly body: Body;
  readonly language: Language;
  /** The `Accept-Language` header exactly as received (null without one), kept on what the call records. */
  readonly acceptLanguage: string | null;
  readonly state: SandboxState;
  /** The token's account; set on every route with `auth: true`. */
  readonly account: SandboxAccount | undefined;
  /** The sandbox clock, read once per request. */
  readonly now: Date;
};

/** One endpoint: returns the `data` of a success, throws a SandboxError for anything else. */
export type SandboxRoute = {
  readonly auth: boolean;
  readonly handle: (context: HandlerContext) => unknown;
};

/** The body's `partnerCode`: required and one the sandbox knows, else code 2. */
export function requirePartner(body: Body, state: SandboxState): string {
  const partnerCode = requiredString(body, 'partnerCode');
  if (!state.partnerCodes.has(partnerCode)) throw badParameter(MESSAGES.unknownPartner);
  return partnerCode;
}
