/** PayPal answered with an error: its HTTP status, `name`, and the first detail's `issue`. */
export class PayPalError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string,
    readonly issue: string | null,
    readonly debugId: string | null,
  ) {
    super(`PayPal answered ${status} ${errorName}${issue ? ` (${issue})` : ''}`);
    this.name = 'PayPalError';
  }
}

/** PayPal did not answer in time, could not be reached, or answered in a shape the shop cannot read. */
export class PayPalUnavailableError extends Error {
  constructor(
    readonly endpoint: string,
    readonly reason: 'timeout' | 'network' | 'unexpected',
    options?: { cause?: unknown },
  ) {
    super(`PayPal did not answer usably on ${endpoint} (${reason})`, options);
    this.name = 'PayPalUnavailableError';
  }
}

/** The buyer's funding source was declined: they may choose another one on the same PayPal order. */
export const isInstrumentDeclined = (error: unknown) => error instanceof PayPalError && error.issue === 'INSTRUMENT_DECLINED';
