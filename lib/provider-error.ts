import { LinksfieldError, ProviderUnavailableError, UnexpectedAnswerError } from '@/lib/linksfield/errors';

/** Codes the docs name; each has its own customer wording under `providerErrors`. */
const KNOWN_CODES = [2, 7, 1001, 1102, 3004, 3005, 6006, 10008, 10009, 9999] as const;

export type ProviderErrorView = {
  /** Key under the `providerErrors` messages. */
  key: string;
  /** The provider's code, shown to the customer for support. */
  code?: number;
};

/** What to tell a customer about a failed provider call, without leaking internals. */
export function describeProviderError(error: unknown): ProviderErrorView {
  if (error instanceof LinksfieldError) {
    const known = (KNOWN_CODES as readonly number[]).includes(error.code);
    return { key: known ? `code${error.code}` : 'unknownCode', code: error.code };
  }
  if (error instanceof ProviderUnavailableError) return { key: error.reason === 'timeout' ? 'timeout' : 'unreachable' };
  if (error instanceof UnexpectedAnswerError) return { key: 'unexpected' };
  return { key: 'generic' };
}
