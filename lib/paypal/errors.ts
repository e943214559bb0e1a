import { brandedErrorClass } from '@/lib/errors/branded-error';

/** PayPal answered with an error: its HTTP status, `name`, and the first detail's `issue`. */
export class PayPalError extends brandedErrorClass('PayPalError') {
  constructor(
    readonly status: number,
    readonly errorName: string,
    readonly issue: string | null,
    readonly debugId: string | null,
  ) {
    super(`PayPal answered ${status} ${errorName}${issue ? ` (${issue})` : ''}`);
  }
}

/** PayPal did not answer in time, could not be reached, or answered in a shape the shop cannot read. */
export class PayPalUnavailableError extends brandedErrorClass('PayPalUnavailableError') {
  constructor(
    readonly endpoint: string,
    readonly reason: 'timeout' | 'network' | 'unexpected',
    options?: { cause?: unknown },
  ) {
    super(`PayPal did not answer usably on ${endpoint} (${reason})`, options);
  }
}

/** The buyer's funding source was declined: they may choose another one on the same PayPal order. */
export const isInstrumentDeclined = (error: unknown) => error instanceof PayPalError && error.issue === 'INSTRUMENT_DECLINED';
