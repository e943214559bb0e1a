/** What a PayPal server action answers the buttons. */
export type PayPalStep =
  | { kind: 'created'; paypalOrderId: string }
  /** Paid, pending, or past paying: the order page (refreshed) says which. */
  | { kind: 'done' }
  /** The funding source was declined: the buyer picks another in PayPal's window (actions.restart). */
  | { kind: 'restart'; message: string }
  | { kind: 'error'; message: string };
