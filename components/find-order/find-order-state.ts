export type FindOrderField = 'orderNo' | 'email';

export type FindOrderState = {
  formError?: string;
  fieldErrors: Partial<Record<FindOrderField, string>>;
  values?: Record<FindOrderField, string>;
  /** The same words whether or not an order matched. */
  answer?: string;
};

export const initialFindOrderState: FindOrderState = { fieldErrors: {} };
