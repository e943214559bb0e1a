/** The reason a payment cut off by a crash is declined with when the payment provider never charged it. */
export const INTERRUPTED = 'interrupted';
