/** A business error answered by the provider: HTTP 200 with a non-zero envelope `code`. */
export class LinksfieldError extends Error {
  constructor(
    readonly code: number,
    readonly providerMessage: string,
    readonly endpoint: string,
  ) {
    super(`Provider answered code ${code} on ${endpoint}: ${providerMessage}`);
    this.name = 'LinksfieldError';
  }
}

/** The provider answered, but not in a shape the shop can rely on (bad JSON, missing fields, HTTP error). */
export class UnexpectedAnswerError extends Error {
  constructor(
    readonly endpoint: string,
    readonly detail: string,
    readonly httpStatus?: number,
  ) {
    super(`The provider answered in an unexpected shape on ${endpoint}: ${detail}`);
    this.name = 'UnexpectedAnswerError';
  }
}

/** The provider did not answer in time or could not be reached. */
export class ProviderUnavailableError extends Error {
  constructor(
    readonly endpoint: string,
    readonly reason: 'timeout' | 'network',
    options?: { cause?: unknown },
  ) {
    super(`The provider did not answer on ${endpoint} (${reason})`, options);
    this.name = 'ProviderUnavailableError';
  }
}

/** Envelope code for an expired or unknown token. */
export const TOKEN_INVALID_CODE = 7;

/** The order does not exist (or is not this account's): on the status, detail and webhook calls. */
export const ORDER_MISSING_CODE = 10008;
