import { brandedErrorClass } from '@/lib/errors/branded-error';

/** A business error answered by the provider: HTTP 200 with a non-zero envelope `code`. */
export class LinksfieldError extends brandedErrorClass('LinksfieldError') {
  constructor(
    readonly code: number,
    readonly providerMessage: string,
    readonly endpoint: string,
  ) {
    super(`Provider answered code ${code} on ${endpoint}: ${providerMessage}`);
  }
}

/** The provider answered, but not in a shape the shop can rely on (bad JSON, missing fields, HTTP error). */
export class UnexpectedAnswerError extends brandedErrorClass('UnexpectedAnswerError') {
  constructor(
    readonly endpoint: string,
    readonly detail: string,
    readonly httpStatus?: number,
  ) {
    super(`The provider answered in an unexpected shape on ${endpoint}: ${detail}`);
  }
}

/** The provider did not answer in time or could not be reached. */
export class ProviderUnavailableError extends brandedErrorClass('ProviderUnavailableError') {
  constructor(
    readonly endpoint: string,
    readonly reason: 'timeout' | 'network',
    options?: { cause?: unknown },
  ) {
    super(`The provider did not answer on ${endpoint} (${reason})`, options);
  }
}

/** The provider's business codes the shop acts on (`../docs/provider-api.md` lists every one). */
export const PROVIDER_CODES = {
  /** Wrong parameters; on the package detail: no such package (or not on sale any more). */
  badParameter: 2,
  /** An expired or unknown token. */
  tokenInvalid: 7,
  /** Webhook: paid, but no eSIM profile was free to issue. */
  noProfile: 3005,
  /** Webhook: reported after the pre-order's reservation ran out. */
  preOrderTimeout: 6006,
  /** No such order (or not this account's): status, detail and webhook calls. */
  orderMissing: 10008,
} as const;

/** Envelope code for an expired or unknown token. */
export const TOKEN_INVALID_CODE = PROVIDER_CODES.tokenInvalid;

/** The order does not exist (or is not this account's): on the status, detail and webhook calls. */
export const ORDER_MISSING_CODE = PROVIDER_CODES.orderMissing;

const answeredWith = (error: unknown, code: number) => error instanceof LinksfieldError && error.code === code;

/** The token was refused (code 7): a customer must sign in again; the shop's own client logs in again. */
export const isTokenRefused = (error: unknown) => answeredWith(error, PROVIDER_CODES.tokenInvalid);

/** The package detail answered code 2: the package is not (or no longer) on sale. */
export const isUnknownPackage = (error: unknown) => answeredWith(error, PROVIDER_CODES.badParameter);

/** The provider has no such order (10008). */
export const isOrderMissing = (error: unknown) => answeredWith(error, PROVIDER_CODES.orderMissing);
