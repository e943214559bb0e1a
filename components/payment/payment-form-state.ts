export type CardField = 'number' | 'expiry' | 'cvc';

export type PaymentFormState = {
  formError?: string;
  fieldErrors: Partial<Record<CardField, string>>;
  /** Only the expiry comes back: a card number and CVC are never echoed to the page. */
  values?: { expiry: string };
};

export const initialPaymentFormState: PaymentFormState = { fieldErrors: {} };
