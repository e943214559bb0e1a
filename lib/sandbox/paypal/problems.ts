/*
 * PayPal's error answers: `name` and `message` by HTTP status, the reason in `details[].issue`,
 * with the descriptions PayPal's Orders and Payments v2 documentation gives them.
 */

export type PayPalIssue = {
  readonly issue: string;
  readonly description: string;
  /** A JSON pointer into the request body, e.g. /purchase_units/0/amount/value. */
  readonly field?: string;
  readonly value?: string;
  readonly location?: 'body' | 'path' | 'header';
};

export type PayPalErrorBody = { name: string; message: string; details: PayPalIssue[]; debug_id?: string };

/** A refused call: thrown by the stand-in's handlers, answered as PayPal's error body. */
export class PayPalProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: PayPalErrorBody,
    /** Extra response headers, e.g. `allow` on a 405. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${status} ${body.name}${body.details[0] ? ` ${body.details[0].issue}` : ''}`);
    this.name = 'PayPalProblem';
  }
}

export const ISSUES = {
  MALFORMED_REQUEST_JSON: 'The request JSON is not well formed.',
  MISSING_REQUIRED_PARAMETER: 'A required field / parameter is missing.',
  INVALID_PARAMETER_SYNTAX: 'The value of a field does not conform to the expected format.',
  INVALID_PARAMETER_VALUE: 'The value of a field is invalid.',
  INVALID_ARRAY_MAX_ITEMS: 'The number of items in an array parameter is too large. The stand-in takes one purchase unit.',
  CURRENCY_NOT_SUPPORTED: 'Currency code is not currently supported.',
  DECIMAL_PRECISION: 'If the currency supports decimals, only two decimal place precision is supported.',
  CANNOT_BE_ZERO_OR_NEGATIVE: 'Must be greater than zero. If the currency supports decimals, only two decimal place precision is supported.',
  INVALID_RESOURCE_ID: 'Specified resource ID does not exist. Please check the resource ID and try again.',
  ORDER_NOT_APPROVED:
    "Payer has not yet approved the Order for payment. Please redirect the payer to the 'rel':'approve' url returned as part of the HATEOAS links within the Create Order call or provide a valid payment_source in the request.",
  ORDER_ALREADY_CAPTURED: "Order already captured.If 'intent=CAPTURE' only one capture per order is allowed.",
  ORDER_ALREADY_COMPLETED: 'The order cannot be patched after it is completed.',
  INSTRUMENT_DECLINED: 'The instrument presented  was either declined by the processor or bank, or it can\'t be used for this payment.',
  CAPTURE_FULLY_REFUNDED: 'The capture has already been fully refunded',
  PENDING_CAPTURE: 'Cannot initiate a refund as the capture is pending. Capture is typically pending when the payer has funded the transaction by using an e-check or bank account.',
  TRANSACTION_REFUSED: 'The request was refused. A declined capture cannot be refunded.',
  PARTIAL_REFUND_NOT_ALLOWED: 'The stand-in refunds a capture in full only: leave out the amount, or send the captured amount.',
  INVALID_TOKEN: 'The access token is invalid, expired or was issued by another PayPal stand-in.',
  MISSING_AUTHORIZATION: 'Send Authorization: Bearer <access token>, or the browser SDK\'s PayPal-Client-Id header.',
  BEARER_TOKEN_REQUIRED: 'Only a REST access token may do this; the browser SDK cannot.',
} as const;

export type IssueName = keyof typeof ISSUES;

const issueOf = (issue: IssueName, extra: Omit<PayPalIssue, 'issue' | 'description'> = {}): PayPalIssue => ({
  issue,
  description: ISSUES[issue],
  ...extra,
});

export function invalidRequest(issue: IssueName, extra?: Omit<PayPalIssue, 'issue' | 'description'>): PayPalProblem {
  return new PayPalProblem(400, {
    name: 'INVALID_REQUEST',
    message: 'Request is not well-formed, syntactically incorrect, or violates schema.',
    details: [issueOf(issue, { location: 'body', ...extra })],
  });
}

export function unprocessable(issue: IssueName, extra?: Omit<PayPalIssue, 'issue' | 'description'>): PayPalProblem {
  return new PayPalProblem(422, {
    name: 'UNPROCESSABLE_ENTITY',
    message: 'The requested action could not be performed, semantically incorrect, or failed business validation.',
    details: [issueOf(issue, extra)],
  });
}

/** Unknown, or another merchant's: PayPal tells the two apart for no one. */
export function resourceNotFound(id: string): PayPalProblem {
  return new PayPalProblem(404, {
    name: 'RESOURCE_NOT_FOUND',
    message: 'The specified resource does not exist.',
    details: [issueOf('INVALID_RESOURCE_ID', { field: 'id', value: id, location: 'path' })],
  });
}

export function authenticationFailure(issue: 'INVALID_TOKEN' | 'MISSING_AUTHORIZATION' | 'BEARER_TOKEN_REQUIRED'): PayPalProblem {
  return new PayPalProblem(401, {
    name: 'AUTHENTICATION_FAILURE',
    message: 'Authentication failed due to invalid authentication credentials or a missing Authorization header.',
    details: [issueOf(issue, { location: 'header', field: 'Authorization' })],
  });
}

export function pathNotFound(path: string): PayPalProblem {
  return new PayPalProblem(404, {
    name: 'NOT_FOUND',
    message: `The PayPal stand-in has no ${path}.`,
    details: [],
  });
}

export function methodNotSupported(method: string, allowed: readonly string[]): PayPalProblem {
  return new PayPalProblem(
    405,
    { name: 'METHOD_NOT_SUPPORTED', message: `The server does not implement the requested HTTP method ${method}.`, details: [] },
    { allow: [...allowed, 'OPTIONS'].join(', ') },
  );
}
