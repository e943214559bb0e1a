import type { Price } from '@/lib/linksfield/types';

export type OrderField = 'currency' | 'quantity' | 'periods' | 'email' | 'compatible';

/** What the customer typed, sent back so a refused form keeps it. */
export type OrderFormValues = Record<OrderField, string>;

export type OrderFormState = {
  formError?: string;
  /**
   * The key the form goes on with, sent back with every answer so that a form without JavaScript
   * keeps it too. A form that came without one (sent before any JavaScript ran) is not placed: the
   * answer asks the customer to review it (`review`) and carries a key minted by the server.
   */
  idempotencyKey?: string;
  review?: string;
  fieldErrors: Partial<Record<OrderField, string>>;
  values?: OrderFormValues;
};

export const initialOrderFormState: OrderFormState = { fieldErrors: {} };

/** The package the order form sells, as its props carry it. */
export type OrderFormPackage = {
  id: number;
  code: string;
  periodLength: number;
  minPeriods: number;
  maxPeriods: number;
  prices: Price[];
};

/** The order form's texts that need ICU or Intl, as the form first shows them. */
export type OrderFormLabels = {
  quantityHint: string;
  periodsHint: string;
  periodsFixed: string | null;
  /** Per currency: its name, one period's price, and the total for one eSIM over the fewest periods. */
  prices: Record<string, { name: string; perPeriod: string; firstTotal: string }>;
};
