export type OrderField = 'currency' | 'quantity' | 'periods' | 'email';

/** What the customer typed, sent back so a refused form keeps it. */
export type OrderFormValues = Record<OrderField, string>;

export type OrderFormState = {
  formError?: string;
  fieldErrors: Partial<Record<OrderField, string>>;
  values?: OrderFormValues;
};

export const initialOrderFormState: OrderFormState = { fieldErrors: {} };
